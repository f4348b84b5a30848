package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CounterpartyCategory;
import nl.ontmoet.bookkeeping.domain.CounterpartyCategoryRepository;
import nl.ontmoet.bookkeeping.service.statement.BankTransaction;
import nl.ontmoet.centre.domain.Centre;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per centre, the category chosen last for a counterparty: by its IBAN, or by its name when there is no IBAN. */
@Component
@RequiredArgsConstructor
class CounterpartyMemory {

    private static final int CHUNK = 1000;

    private final CounterpartyCategoryRepository memory;

    /** The key a transaction's counterparty is remembered by; null when the bank names no counterparty. */
    static String key(BankTransaction transaction) {
        if (transaction.counterpartyIban() != null) {
            return "IBAN:" + transaction.counterpartyIban();
        }
        if (transaction.counterpartyName() != null) {
            String name = "NAME:" + transaction.counterpartyName().toLowerCase(Locale.ROOT);
            return name.length() > CounterpartyCategory.KEY_LENGTH
                    ? name.substring(0, CounterpartyCategory.KEY_LENGTH) : name;
        }
        return null;
    }

    /** The remembered category per key, for the keys that have one. */
    Map<String, Category> suggestions(long centreId, Collection<String> keys) {
        Map<String, Category> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            memory.findByCentreAndKeys(centreId, chunk)
                    .forEach(remembered -> found.put(remembered.getCounterpartyKey(), remembered.getCategory()));
        }
        return found;
    }

    /** Remembers the categories just chosen, replacing what was remembered for those counterparties. */
    void remember(Centre centre, Map<String, Category> chosen) {
        Map<String, CounterpartyCategory> existing = new HashMap<>();
        for (List<String> chunk : chunks(chosen.keySet())) {
            memory.findByCentreAndKeys(centre.getId(), chunk).forEach(row -> existing.put(row.getCounterpartyKey(), row));
        }
        List<CounterpartyCategory> changed = new ArrayList<>();
        chosen.forEach((key, category) -> {
            var row = existing.get(key);
            if (row == null) {
                changed.add(new CounterpartyCategory(centre, key, category));
            } else if (!row.getCategory().equals(category)) {
                row.setCategory(category);
                changed.add(row);
            }
        });
        memory.saveAll(changed);
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += CHUNK) {
            chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
        }
        return chunks;
    }
}
