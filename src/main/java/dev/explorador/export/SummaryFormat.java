package dev.explorador.export;

import java.nio.charset.StandardCharsets;

/** The formats of the study summary, with the media type and file extension each travels with. */
public enum SummaryFormat {
    md("text/markdown; charset=utf-8", "md"),
    html("text/html; charset=utf-8", "html"),
    pdf("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    SummaryFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public byte[] render(StudyGuide guide) {
        return render(guide, Edition.completo);
    }

    public byte[] render(StudyGuide guide, Edition edition) {
        return switch (this) {
            case md -> SummaryMarkdown.render(guide, edition).getBytes(StandardCharsets.UTF_8);
            case html -> SummaryHtml.render(guide, edition, SummaryHtml.Pictures.svg).getBytes(StandardCharsets.UTF_8);
            case pdf -> SummaryPdf.render(guide, edition);
        };
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static SummaryFormat parse(String name) {
        return MindMapFormat.Formats.parse(SummaryFormat.class, name, "resumen");
    }
}
