package dev.explorador.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The study summary as PDF: the printable HTML rendered by openhtmltopdf (PDFBox underneath).
 * Liberation Sans, which PDFBox's own jar carries, is embedded for every weight and style, so the
 * accents, ñ, ¿ and ¡ show in any PDF reader (the 14 standard PDF fonts would need the reader's own).
 */
public final class SummaryPdf {
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FAMILY = "Liberation Sans";

    private SummaryPdf() {}

    public static byte[] render(StudyGuide guide) {
        return render(guide, Edition.completo);
    }

    public static byte[] render(StudyGuide guide, Edition edition) {
        return fromHtml(SummaryHtml.render(guide, edition, SummaryHtml.Pictures.png));
    }

    public static byte[] fromHtml(String xhtml) {
        XRLog.setLoggingEnabled(false); // the renderer logs every step at INFO on standard error
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // One face for all: without a bold or italic file, the renderer would fall back to a base-14 font without the accents.
            for (int weight : new int[] {400, 700}) {
                for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
                    builder.useFont(() -> SummaryPdf.class.getResourceAsStream(FONT), FAMILY, weight, style, true);
                }
            }
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Explorador GenAI Databricks");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo generar el PDF del resumen", e);
        }
        return out.toByteArray();
    }
}
