package org.ticportal.ui.notices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.ticportal.core.notice.NoticeDownload;

/** Download links to the notice feature's files, opened when clicked (the service checks again then). */
final class NoticeLinks {

    private NoticeLinks() {
    }

    static Anchor download(String id, String text, Supplier<NoticeDownload> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            NoticeDownload d = file.get();
            try {
                return new DownloadResponse(Files.newInputStream(d.path()), d.name(), d.mediaType(),
                        Files.size(d.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), text);
        link.setId(id);
        link.setTarget("_blank");
        return link;
    }
}
