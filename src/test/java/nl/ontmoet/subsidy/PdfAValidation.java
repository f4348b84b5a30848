package nl.ontmoet.subsidy;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import java.io.ByteArrayInputStream;
import java.util.List;

/** veraPDF's verdict on a file as PDF/A-2b: the rules it breaks, none when it complies. */
public final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {
    }

    public static List<String> failures(byte[] pdf) {
        var foundry = Foundries.defaultInstance();
        try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             var validator = foundry.createValidator(PDFAFlavour.PDFA_2_B, false)) {
            var result = validator.validate(parser);
            var failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId() + ": " + a.getMessage()).distinct().toList();
            return result.isCompliant() ? List.of() : failed.isEmpty() ? List.of("not compliant") : failed;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
