package org.ticportal.ui.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.ticportal.core.common.BusinessException;
import org.ticportal.core.common.CoreMessages;

/**
 * The API's refusals as problem details (JSON), answered here rather than by the error page, which belongs to the
 * screens: 403 for what the client's scope or authority does not allow, 400 for a refused request.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "not allowed for this client");
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail refused(BusinessException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                CoreMessages.text(e.getMessageKey(), e.getArguments()).zh());
    }
}
