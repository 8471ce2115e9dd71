package org.ticportal.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.i18n.I18NProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.ticportal.ui.base.PortalI18nProvider;

/**
 * Answers a request body larger than the portal accepts ({@code spring.servlet.multipart.max-request-size}) with
 * 413 and one short sentence in the client's language, and logs one line without a stack trace. The browser's upload
 * field shows its own localized "file too large" for a 413; a client that bypasses the browser's size check reads
 * the sentence.
 *
 * <p>Two ways a body is too large: a declared {@code Content-Length} over the limit is refused before anything is
 * read; a body without a length (chunked) is refused when the container's multipart parsing reaches the limit —
 * without this filter that parsing fails inside the first filter that reads a request parameter, and Tomcat answers
 * with its bare error page and logs the exception twice.
 */
final class UploadSizeLimit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSizeLimit.class);

    private final DataSize limit;
    private final I18NProvider i18n;

    UploadSizeLimit(DataSize limit, I18NProvider i18n) {
        if (limit.toBytes() <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive: " + limit);
        }
        this.limit = limit;
        this.i18n = i18n;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit.toBytes()) {
            refuse(request, response, length);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) { // Tomcat's InvalidParameterException is one
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, length);
        }
    }

    /** Whether the container's multipart parsing stopped at a size limit. */
    private static boolean tooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
        LOG.warn("Refused a request body of {} to {} from {}: over the limit of {} bytes",
                length < 0 ? "unknown length" : length + " bytes", request.getRequestURI(), request.getRemoteAddr(),
                limit.toBytes());
        // the client's language when it names one, else the portal's (Chinese)
        var locale = request.getHeader("Accept-Language") == null ? PortalI18nProvider.CHINESE
                : PortalI18nProvider.supported(request.getLocale());
        String text = i18n.getTranslation("upload.rejected.tooLarge", locale, Long.toString(limit.toMegabytes()));
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}
