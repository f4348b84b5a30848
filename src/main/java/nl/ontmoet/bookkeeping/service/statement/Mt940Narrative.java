package nl.ontmoet.bookkeeping.service.statement;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The counterparty and description in an MT940 ":86:" narrative. Dutch banks structure it with codes such as
 * {@code /NAME/…/IBAN/…/REMI/…/} (ABN AMRO, ING) or {@code /CNTP/iban/bic/name/city/} (Rabobank); an unstructured
 * narrative is the description as a whole.
 */
record Mt940Narrative(String name, String iban, String description) {

    private static final Pattern CODE = Pattern.compile(
            "/(TRTP|IBAN|BIC|NAME|REMI|EREF|CSID|MARF|PREF|RTRN|ORDP|BENM|CNTP|ULTC|ULTD|ULTB|PURP|ISDT|ADDR|ID|CDTRREF)/");

    static Mt940Narrative parse(String narrative) {
        String text = StatementReader.blankToNull(narrative);
        if (text == null) {
            return new Mt940Narrative(null, null, null);
        }
        var matcher = CODE.matcher(text);
        Map<String, String> fields = new HashMap<>();
        String code = null;
        int valueStart = 0;
        while (matcher.find()) {
            if (code != null) {
                fields.putIfAbsent(code, text.substring(valueStart, matcher.start()));
            }
            code = matcher.group(1);
            valueStart = matcher.end();
        }
        if (code == null) {
            return new Mt940Narrative(null, null, text);
        }
        fields.putIfAbsent(code, text.substring(valueStart));
        String name = fields.get("NAME");
        String iban = fields.get("IBAN");
        if (fields.containsKey("CNTP")) {
            String[] parts = fields.get("CNTP").split("/", -1);
            iban = parts.length > 0 ? parts[0] : null;
            name = parts.length > 2 ? parts[2] : null;
        }
        String remittance = fields.get("REMI");
        if (remittance != null) {
            remittance = remittance.replaceFirst("^USTD//", "").replaceFirst("^STRD/CUR/", "");
        }
        return new Mt940Narrative(clean(name), StatementReader.normalIban(clean(iban)), clean(remittance));
    }

    private static String clean(String value) {
        return value == null ? null : StatementReader.blankToNull(value.replaceAll("/+$", ""));
    }
}
