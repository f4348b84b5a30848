-- A realistic municipality, made by MariaDB itself from its sequence tables (set-based, no row-by-row inserts).
-- Placeholders in braces are filled in by MunicipalityGenerator; every "random" value is crc32 of the seed, a tag and
-- the row number, so the same seed and scale give the same data. Statements end with a semicolon at the end of a line.

INSERT INTO centre (version, name, slug, district, address, opening_hours, active, created_by, created_at)
SELECT 0, concat(elt(1 + seq mod 4, 'Huis van de Wijk', 'Buurthuis', 'Wijkcentrum', 'Ontmoetingscentrum'), ' ',
                 elt(1 + crc32(concat({seed}, 'cn', seq)) mod 12, 'De Nude', 'Ons Huis', 'De Pomhorst', 'Het Anker',
                     'De Brug', 'De Linde', 'Het Baken', 'De Kroon', 'De Bron', 'Het Trefpunt', 'De Schakel',
                     'De Ontmoeting'), ' ', seq),
       concat('centrum-', seq),
       elt(1 + seq mod 8, 'Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Haven', 'Park', 'Dorp'),
       concat(elt(1 + crc32(concat({seed}, 'ca', seq)) mod 6, 'Dorpsstraat', 'Kerkweg', 'Molenlaan', 'Schoolstraat',
                  'Parkweg', 'Stationsplein'), ' ', 1 + crc32(concat({seed}, 'cb', seq)) mod 200),
       'ma t/m vr 9.00-22.00, za 10.00-17.00', 1, 'generator', '{created}'
FROM seq_1_to_100000 WHERE seq <= {centres};

-- Every centre's bank account, in which its entries are booked.
INSERT INTO ledger_account (version, centre_id, kind, name, created_by, created_at)
SELECT 0, id, 'BANK', 'Bankrekening', 'generator', '{created}' FROM centre WHERE created_by = 'generator';

INSERT INTO room (version, centre_id, name, capacity, bookable, created_by, created_at)
SELECT 0, c.id, concat(elt(1 + r.seq mod 5, 'Grote zaal', 'Kleine zaal', 'Keuken', 'Vergaderkamer', 'Atelier'), ' ', r.seq),
       8 + crc32(concat({seed}, 'rc', c.id, '-', r.seq)) mod 60, 1, 'generator', '{created}'
FROM centre c JOIN seq_1_to_1000 r ON r.seq <= {roomsPerCentre}
WHERE c.created_by = 'generator';

INSERT INTO user_account (version, username, display_name, email, password_hash, enabled, must_change_password,
                          created_by, created_at)
SELECT 0, concat(a.kind, s.seq),
       concat(elt(1 + crc32(concat({seed}, 'uf', a.kind, s.seq)) mod 12, 'Anna', 'Bram', 'Cor', 'Daan', 'Eva', 'Fatima',
                  'Gijs', 'Hanna', 'Ivo', 'Jasmijn', 'Kees', 'Lotte'), ' ',
              elt(1 + crc32(concat({seed}, 'ul', a.kind, s.seq)) mod 12, 'de Vries', 'Jansen', 'Bakker', 'Visser',
                  'Smit', 'Meijer', 'El Amrani', 'Mulder', 'de Boer', 'Yilmaz', 'Bos', 'Peters')),
       concat(a.kind, s.seq, '@gemeente.example'), '{hash}', 1, 0, 'generator', '{created}'
FROM (SELECT 'coordinator' AS kind, {coordinators} AS total UNION ALL SELECT 'coach', {coaches}
      UNION ALL SELECT 'manager', {managers}) a
JOIN seq_1_to_100000 s ON s.seq <= a.total;

INSERT INTO user_account_role (user_account_id, role)
SELECT id, CASE WHEN username LIKE 'coordinator%' THEN 'COORDINATOR' WHEN username LIKE 'coach%' THEN 'COACH'
                ELSE 'MANAGER' END
FROM user_account WHERE created_by = 'generator';

-- Coordinator n runs centre n (wrapping round); the first fifth of the centres' coordinators run a second centre.
INSERT INTO centre_coordinator (centre_id, coordinator_id)
SELECT c.id, u.id
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account
      WHERE created_by = 'generator' AND username LIKE 'coordinator%') u
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM centre WHERE created_by = 'generator') c
  ON c.n = u.n MOD {centres} OR (u.n < {centres} DIV 5 AND c.n = (u.n + 1) MOD {centres});

INSERT INTO coach_assignment (version, coach_id, coordinator_id, started_on, created_by, created_at)
SELECT 0, k.id, u.id, '{firstYear}-01-01', 'generator', '{created}'
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account
      WHERE created_by = 'generator' AND username LIKE 'coordinator%') u
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account
      WHERE created_by = 'generator' AND username LIKE 'coach%') k ON k.n = u.n MOD {coaches};

-- The ledger: entries spread evenly over the centres and the ten years, every category in turn.
INSERT INTO ledger_entry (version, centre_id, account_id, entry_date, amount, direction, category_id, description,
                          counterparty, created_by, created_at)
SELECT 0, c.id, c.account_id, date_add('{firstYear}-01-01', INTERVAL (s.seq * {days}) DIV {ledger} DAY),
       round(5 + (crc32(concat({seed}, 'la', s.seq)) MOD 150000) / 100, 2), k.direction, k.id,
       concat(elt(1 + crc32(concat({seed}, 'ld', s.seq)) MOD 8, 'Boodschappen', 'Huur', 'Energie', 'Verhuur zaal',
                  'Bijdrage deelnemers', 'Onderhoud', 'Drukwerk', 'Koffie en thee'), ' ', s.seq),
       concat(elt(1 + crc32(concat({seed}, 'lc', s.seq)) MOD 6, 'Supermarkt De Hoek', 'Woonstichting Thuis',
                  'Energiebedrijf Oost', 'Drukkerij Van Dam', 'Stichting Buurtbelang', 'Groothandel Noord'), ' ',
              s.seq MOD 400),
       'generator', '{created}'
FROM seq_0_to_9999999 s
JOIN (SELECT centre.id, ledger_account.id AS account_id, row_number() OVER (ORDER BY centre.id) - 1 AS n
        FROM centre JOIN ledger_account ON ledger_account.centre_id = centre.id
       WHERE centre.created_by = 'generator') c
  ON c.n = s.seq MOD {centres}
JOIN (SELECT id, direction, row_number() OVER (ORDER BY id) - 1 AS n FROM category) k
  ON k.n = (s.seq DIV {centres}) MOD (SELECT count(*) FROM category)
WHERE s.seq < {ledger};

INSERT INTO budget (version, centre_id, budget_year, created_by, created_at)
SELECT 0, c.id, y.seq, 'generator', '{created}'
FROM centre c JOIN seq_0_to_3000 y ON y.seq BETWEEN {firstYear} AND {lastYear}
WHERE c.created_by = 'generator';

INSERT INTO budget_line (version, budget_id, category_id, amount, created_by, created_at)
SELECT 0, b.id, k.id, 1000 * (5 + crc32(concat({seed}, 'bl', b.id, '-', k.id)) MOD 60), 'generator', '{created}'
FROM budget b CROSS JOIN category k
WHERE b.created_by = 'generator';

-- The programme: activities per centre and two sessions a week in every room over about five years round today.
INSERT INTO activity (version, centre_id, title, type, target_group, organiser_kind, description,
                      expected_participants, is_public, archived, created_by, created_at)
SELECT 0, c.id,
       concat(elt(1 + a.seq MOD 10, 'Koffieochtend', 'Taalcafé', 'Yoga voor ouderen', 'Kinderclub', 'Spreekuur wijkteam',
                  'Repair café', 'Kookcafé', 'Bewonersavond', 'Schilderclub', 'Biljartclub'), ' ', a.seq),
       elt(1 + a.seq MOD 8, 'ONTMOETING', 'CURSUS_WORKSHOP', 'SPORT_BEWEGEN', 'KINDERACTIVITEIT', 'SPREEKUUR',
           'PARTICIPATION_EVENING', 'VERHUUR', 'OVERIG'),
       'Buurtbewoners', elt(1 + a.seq MOD 3, 'CENTRE', 'VOLUNTEER', 'RESIDENT_INITIATIVE'),
       'Elke week in het centrum.', 10 + crc32(concat({seed}, 'ap', c.id, '-', a.seq)) MOD 30, 1, 0,
       'generator', '{created}'
FROM centre c JOIN seq_1_to_1000 a ON a.seq <= {activitiesPerCentre}
WHERE c.created_by = 'generator';

INSERT INTO activity_session (version, activity_id, room_id, starts_at, ends_at, cancelled, visitors, new_visitors,
                              revision, created_by, created_at)
SELECT 0, a.id, rm.id,
       addtime(date_add('{sessionsFrom}', INTERVAL ((s.seq DIV {rooms}) DIV 2) * 7 + ((s.seq DIV {rooms}) MOD 2) * 3 DAY),
               maketime(elt(1 + rm.n MOD 3, 10, 14, 19), 0, 0)),
       addtime(date_add('{sessionsFrom}', INTERVAL ((s.seq DIV {rooms}) DIV 2) * 7 + ((s.seq DIV {rooms}) MOD 2) * 3 DAY),
               maketime(elt(1 + rm.n MOD 3, 12, 16, 21), 0, 0)),
       0, 5 + crc32(concat({seed}, 'sv', s.seq)) MOD 30, crc32(concat({seed}, 'sn', s.seq)) MOD 4, 0,
       'generator', '{created}'
FROM seq_0_to_9999999 s
JOIN (SELECT id, centre_id, row_number() OVER (ORDER BY id) - 1 AS n FROM room WHERE created_by = 'generator') rm
  ON rm.n = s.seq MOD {rooms}
JOIN (SELECT id, centre_id, row_number() OVER (PARTITION BY centre_id ORDER BY id) - 1 AS k FROM activity
      WHERE created_by = 'generator') a
  ON a.centre_id = rm.centre_id AND a.k = (s.seq DIV {rooms}) MOD {activitiesPerCentre}
WHERE s.seq < {sessions};

-- Volunteers: one engagement each, a month of hours for every month of the last two years, and a fixed allowance
-- for every fifth volunteer in the last year (paid through the ledger, as the application does).
INSERT INTO volunteer (version, name, email, phone, date_of_birth, other_allowance_per_month, created_by, created_at)
SELECT 0, concat(elt(1 + crc32(concat({seed}, 'vf', seq)) MOD 12, 'Aisha', 'Bert', 'Carla', 'Dirk', 'Els', 'Fenna',
                     'Gerrit', 'Hatice', 'Ilse', 'Joost', 'Karin', 'Luuk'), ' ',
                 elt(1 + crc32(concat({seed}, 'vl', seq)) MOD 12, 'de Jong', 'van Dijk', 'Hendriks', 'Dekker',
                     'Brouwer', 'de Wit', 'Kaya', 'Vos', 'Koster', 'Prins', 'Huisman', 'Postma'), ' ', seq),
       concat('vrijwilliger', seq, '@example.org'), concat('06', lpad(crc32(concat({seed}, 'vp', seq)) MOD 100000000, 8, '0')),
       date_add('1945-01-01', INTERVAL crc32(concat({seed}, 'vb', seq)) MOD 22000 DAY), 0, 'generator', '{created}'
FROM seq_1_to_1000000 WHERE seq <= {volunteers};

INSERT INTO volunteer_engagement (version, volunteer_id, centre_id, start_date, status, tasks, vog_needed,
                                  created_by, created_at)
SELECT 0, v.id, c.id, date_add('{firstYear}-01-01', INTERVAL crc32(concat({seed}, 've', v.n)) MOD 3000 DAY),
       elt(1 + v.n MOD 10, 'AANMELDING', 'GESTOPT', 'ACTIEF', 'ACTIEF', 'ACTIEF', 'ACTIEF', 'ACTIEF', 'ACTIEF', 'ACTIEF',
           'ACTIEF'),
       elt(1 + v.n MOD 5, 'Bar', 'Gastvrouw', 'Taalcoach', 'Klussen', 'Administratie'), 0, 'generator', '{created}'
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM volunteer WHERE created_by = 'generator') v
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM centre WHERE created_by = 'generator') c
  ON c.n = v.n MOD {centres};

INSERT INTO volunteer_hours (version, volunteer_id, centre_id, work_date, task, hours, approved_at, approved_by,
                             created_by, created_at)
SELECT 0, e.volunteer_id, e.centre_id, date_add('{hoursFrom}', INTERVAL m.seq MONTH) + INTERVAL e.volunteer_id MOD 25 DAY,
       e.tasks, 2 + crc32(concat({seed}, 'vh', e.id, '-', m.seq)) MOD 7,
       '{created}', 'generator', 'generator', '{created}'
FROM volunteer_engagement e JOIN seq_0_to_23 m
WHERE e.created_by = 'generator' AND e.status = 'ACTIEF';

INSERT INTO ledger_entry (version, centre_id, account_id, entry_date, amount, direction, category_id, description,
                          counterparty, reference, created_by, created_at)
SELECT 0, e.centre_id, acc.id, date_add('{paymentsFrom}', INTERVAL m.seq MONTH) + INTERVAL 27 DAY, 50.00, 'EXPENSE', k.id,
       'Vrijwilligersvergoeding', v.name, concat('VV-', e.volunteer_id, '-', m.seq), 'generator', '{created}'
FROM volunteer_engagement e JOIN volunteer v ON v.id = e.volunteer_id JOIN seq_0_to_11 m
JOIN category k ON k.code = 'VRIJWILLIGERS' JOIN ledger_account acc ON acc.centre_id = e.centre_id
WHERE e.created_by = 'generator' AND e.status = 'ACTIEF' AND e.volunteer_id MOD 5 = 0;

INSERT INTO volunteer_payment (version, volunteer_id, centre_id, payment_date, kind, amount, ledger_entry_id, description,
                               created_by, created_at)
SELECT 0, e.volunteer_id, e.centre_id, l.entry_date, 'FIXED', l.amount, l.id, 'Vaste vrijwilligersvergoeding',
       'generator', '{created}'
FROM ledger_entry l JOIN volunteer_engagement e
  ON l.reference = concat('VV-', e.volunteer_id, '-', (period_diff(date_format(l.entry_date, '%Y%m'),
                                                                    date_format('{paymentsFrom}', '%Y%m'))))
WHERE l.reference LIKE 'VV-%' AND l.created_by = 'generator' AND e.created_by = 'generator';

-- Subsidies: a scheme per year and applications in every state, with their transitions, letters and payments.
INSERT INTO subsidy_scheme (version, name, scheme_year, ceiling, opens_on, closes_on, report_threshold, report_deadline,
                            conditions, regulation, article, decision_weeks, created_by, created_at)
SELECT 0, concat('Subsidie ontmoetingscentra ', seq), seq, 100000.00, concat(seq - 1, '-09-01'), concat(seq - 1, '-11-30'),
       25000.00, concat(seq + 1, '-04-01'), 'Activiteiten voor alle buurtbewoners.',
       'Subsidieregeling Ontmoetingscentra', 'artikel 4', 8, 'generator', '{created}'
FROM seq_0_to_3000 WHERE seq BETWEEN {firstYear} AND {lastYear};

INSERT INTO subsidy_application (version, scheme_id, centre_id, author_id, title, requested_amount, purpose,
                                 activity_plan, expected_activities, expected_visitors, expected_volunteers, status,
                                 submitted_at, granted_amount, decision_reason, decided_at, report_due_on,
                                 final_amount, settled_at, created_by, created_at)
SELECT 0, sc.id, c.id, u.id, concat('Programma ', sc.scheme_year, ' ', c.name), a.requested,
       'Een open huis voor de hele wijk.', 'Wekelijkse activiteiten en een bewonersavond per kwartaal.',
       20 + a.seq MOD 30, 500 + a.seq MOD 2000, 5 + a.seq MOD 20, a.status,
       IF(a.status = 'DRAFT', NULL, concat(sc.scheme_year - 1, '-10-15 10:00:00')),
       IF(a.status IN ('GRANTED', 'REPORTED', 'SETTLED'), a.requested, NULL),
       IF(a.status = 'REJECTED', 'De aanvraag past niet binnen de regeling.', NULL),
       IF(a.status IN ('GRANTED', 'REPORTED', 'SETTLED', 'REJECTED'), concat(sc.scheme_year - 1, '-12-01 10:00:00'), NULL),
       IF(a.status IN ('GRANTED', 'REPORTED', 'SETTLED'), concat(sc.scheme_year + 1, '-04-01'), NULL),
       IF(a.status = 'SETTLED', a.requested, NULL),
       IF(a.status = 'SETTLED', concat(sc.scheme_year + 1, '-06-01 10:00:00'), NULL),
       'generator', '{created}'
FROM (SELECT seq, 1000 * (5 + crc32(concat({seed}, 'sa', seq)) MOD 60) AS requested,
             elt(1 + crc32(concat({seed}, 'ss', seq)) MOD 7, 'DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'GRANTED',
                 'REJECTED', 'REPORTED', 'SETTLED') AS status
      FROM seq_0_to_1000000 WHERE seq < {applications}) a
JOIN (SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS n FROM centre WHERE created_by = 'generator') c
  ON c.n = a.seq MOD {centres}
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account
      WHERE created_by = 'generator' AND username LIKE 'coordinator%') u ON u.n = a.seq MOD {centres}
JOIN (SELECT id, scheme_year, row_number() OVER (ORDER BY scheme_year) - 1 AS n FROM subsidy_scheme
      WHERE created_by = 'generator') sc ON sc.n = (a.seq DIV {centres}) MOD {years};

INSERT INTO subsidy_budget_line (version, application_id, category_id, amount, note, created_by, created_at)
SELECT 0, a.id, k.id, round(a.requested_amount / 3, 2), 'Begroot', 'generator', '{created}'
FROM subsidy_application a JOIN category k ON k.code IN ('PERSONEEL', 'HUUR_ENERGIE', 'ACTIVITEITEN')
WHERE a.created_by = 'generator';

INSERT INTO subsidy_transition (version, application_id, actor_id, occurred_at, from_status, to_status, comment_text,
                                created_by, created_at)
SELECT 0, a.id, a.author_id, a.submitted_at, 'DRAFT', 'SUBMITTED', NULL, 'generator', '{created}'
FROM subsidy_application a WHERE a.created_by = 'generator' AND a.status <> 'DRAFT';

INSERT INTO subsidy_transition (version, application_id, actor_id, occurred_at, from_status, to_status, comment_text,
                                created_by, created_at)
SELECT 0, a.id, m.id, coalesce(a.decided_at, a.submitted_at + INTERVAL 14 DAY), 'SUBMITTED', a.status,
       'Beoordeeld', 'generator', '{created}'
FROM subsidy_application a
JOIN (SELECT min(id) AS id FROM user_account WHERE created_by = 'generator' AND username LIKE 'manager%') m
WHERE a.created_by = 'generator' AND a.status NOT IN ('DRAFT', 'SUBMITTED');

-- (the letters are written by MunicipalityGenerator as a JDBC batch: MariaDB 11.4 refuses a multi-row
-- INSERT ... SELECT into subsidy_letter, which has a trigger, with a spurious "Column 'application_id' cannot be null")

INSERT INTO ledger_entry (version, centre_id, account_id, entry_date, amount, direction, category_id, description,
                          counterparty, reference, created_by, created_at)
SELECT 0, a.centre_id, acc.id, date(a.decided_at) + INTERVAL 30 DAY, a.granted_amount, 'INCOME', k.id,
       concat('Subsidie ', a.title), 'Gemeente', concat('SUB-', a.id), 'generator', '{created}'
FROM subsidy_application a JOIN category k ON k.code = 'SUBSIDIE' JOIN ledger_account acc ON acc.centre_id = a.centre_id
WHERE a.created_by = 'generator' AND a.granted_amount IS NOT NULL;

-- Coaching: sessions of a coach with one of their coordinators, spread over the ten years.
INSERT INTO coaching_session (version, coach_id, session_date, duration_minutes, session_form, status, summary,
                              created_by, created_at)
SELECT 0, k.id, date_add('{firstYear}-01-01', INTERVAL (s.seq * {days}) DIV {coaching} DAY), 60,
       elt(1 + s.seq MOD 4, 'IN_PERSON', 'PHONE', 'VIDEO', 'GROUP'),
       IF(date_add('{firstYear}-01-01', INTERVAL (s.seq * {days}) DIV {coaching} DAY) < '{today}', 'HELD', 'PLANNED'),
       concat('Gesprek ', s.seq), 'generator', '{created}'
FROM seq_0_to_9999999 s
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account
      WHERE created_by = 'generator' AND username LIKE 'coach%') k ON k.n = (s.seq MOD {coordinators}) MOD {coaches}
WHERE s.seq < {coaching};

INSERT INTO coaching_session_participant (session_id, coordinator_id)
SELECT cs.id, u.id
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM coaching_session WHERE created_by = 'generator') cs
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM user_account
      WHERE created_by = 'generator' AND username LIKE 'coordinator%') u ON u.n = cs.n MOD {coordinators};

ANALYZE TABLE centre, room, user_account, ledger_entry, budget, budget_line, activity, activity_session, volunteer,
              volunteer_engagement, volunteer_hours, volunteer_payment, subsidy_application, coaching_session;
