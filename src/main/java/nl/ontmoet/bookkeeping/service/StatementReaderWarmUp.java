package nl.ontmoet.bookkeeping.service;

import nl.ontmoet.bookkeeping.service.statement.StatementReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Prowide builds its XML binding for CAMT.053 on first use, which takes seconds; reading a one-line statement in the
 * background once the application is up spares the first treasurer of the day that wait.
 */
@Component
class StatementReaderWarmUp {

    private static final Logger log = LoggerFactory.getLogger(StatementReaderWarmUp.class);
    private static final String STATEMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
            <GrpHdr><MsgId>WARMUP</MsgId><CreDtTm>2026-01-02T06:00:00+01:00</CreDtTm></GrpHdr>
            <Stmt><Id>WARMUP</Id><CreDtTm>2026-01-02T06:00:00+01:00</CreDtTm>
            <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
            <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
            <Dt><Dt>2026-01-02</Dt></Dt></Bal>
            <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt>
            </Ntry></Stmt></BkToCstmrStmt></Document>
            """;

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("statement-reader-warm-up").start(() -> {
            try {
                StatementReader.read(STATEMENT.getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException notWarm) {
                log.warn("Warming up the bank statement reader failed; the first import will take longer", notWarm);
            }
        });
    }
}
