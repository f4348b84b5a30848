package nl.ontmoet.base.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Declares a document PDF/A-2b: XMP metadata that says so (matching the document information) and sRGB output. */
final class PdfAConformance {

    static final String PRODUCER = "Ontmoet";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfAConformance() {
    }

    static void declare(PDDocument document, String title) throws IOException {
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        var xmp = XMPMetadata.createXMPMetadata();
        xmp.createAndAddDublinCoreSchema().setTitle(title);
        xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
        var id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        var serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        var metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);

        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        var intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
