package nl.ontmoet.centre.service;

import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.centre.domain.LegalEntity;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a legal entity must satisfy before it is stored: a KvK number of eight digits and an IBAN that checks. */
public final class LegalEntityRules {

    private static final Pattern KVK = Pattern.compile("\\d{8}");
    private static final Pattern DUTCH_POSTAL_CODE = Pattern.compile("[1-9]\\d{3}[A-Z]{2}");

    private LegalEntityRules() {
    }

    /** Normalises the IBAN (no spaces, upper case) and the postal code, then checks every field. */
    public static void check(LegalEntity entity) {
        required("name", entity.getName(), LegalEntity.NAME_LENGTH);
        if (entity.getLegalForm() == null) {
            throw BusinessRuleException.onField("legalForm", "legalEntity.error.legalFormRequired");
        }
        if (entity.getKvkNumber() == null || !KVK.matcher(entity.getKvkNumber()).matches()) {
            throw BusinessRuleException.onField("kvkNumber", "legalEntity.error.kvk");
        }
        required("street", entity.getStreet(), LegalEntity.STREET_LENGTH);
        required("postalCode", entity.getPostalCode(), LegalEntity.POSTAL_CODE_LENGTH);
        String postalCode = entity.getPostalCode().replace(" ", "").toUpperCase(Locale.ROOT);
        if (!DUTCH_POSTAL_CODE.matcher(postalCode).matches()) {
            throw BusinessRuleException.onField("postalCode", "legalEntity.error.postalCode");
        }
        entity.setPostalCode(postalCode.substring(0, 4) + " " + postalCode.substring(4));
        required("city", entity.getCity(), LegalEntity.CITY_LENGTH);
        entity.setIban(checkedIban(entity.getIban()));
    }

    /** The IBAN without spaces in upper case; a wrong check digit or format is refused at the field {@code iban}. */
    public static String checkedIban(String iban) {
        if (iban == null || iban.isBlank()) {
            throw BusinessRuleException.onField("iban", "legalEntity.error.ibanRequired");
        }
        String compact = iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(compact);
            return compact;
        } catch (InvalidCheckDigitException e) {
            throw BusinessRuleException.onField("iban", "legalEntity.error.ibanCheckDigits");
        } catch (IbanFormatException | UnsupportedCountryException e) {
            throw BusinessRuleException.onField("iban", "legalEntity.error.ibanFormat");
        }
    }

    private static void required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw BusinessRuleException.onField(field, "legalEntity.error.required");
        }
        if (value.length() > maxLength) {
            throw BusinessRuleException.onField(field, "legalEntity.error.tooLong", maxLength);
        }
    }
}
