package dev.explorador.export;

import dev.explorador.error.BadRequestException;
import dev.explorador.query.MindMapNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The file formats of a mind map, with the media type and file extension each travels with. */
public enum MindMapFormat {
    md("text/markdown; charset=utf-8", "md", MarkdownMindMap::render),
    mm("application/x-freemind; charset=utf-8", "mm", FreeplaneMindMap::render),
    opml("text/x-opml; charset=utf-8", "opml", OpmlMindMap::render),
    // No media type is registered for Mermaid: it is plain text, in a .mmd file as mermaid-cli expects.
    mermaid("text/plain; charset=utf-8", "mmd", MermaidMindMap::render),
    dot("text/vnd.graphviz; charset=utf-8", "dot", DotMindMap::render);

    private final String contentType;
    private final String extension;
    private final Function<MindMapNode, String> renderer;

    MindMapFormat(String contentType, String extension, Function<MindMapNode, String> renderer) {
        this.contentType = contentType;
        this.extension = extension;
        this.renderer = renderer;
    }

    public String render(MindMapNode root) {
        return renderer.apply(root);
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static MindMapFormat parse(String name) {
        return Formats.parse(MindMapFormat.class, name, "mapa mental");
    }

    /** Shared by the format enums: "md" or "MD" is md; anything else is the caller's mistake, said in Spanish. */
    static final class Formats {
        private Formats() {}

        static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            if (name == null || name.isBlank()) throw new BadRequestException("Falta el formato de " + what + " (" + allowed + ")");
            try {
                return Enum.valueOf(type, name.trim().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
                throw new BadRequestException("Formato de " + what + " desconocido «" + shown + "»: usa " + allowed);
            }
        }
    }
}
