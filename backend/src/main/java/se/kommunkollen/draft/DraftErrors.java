package se.kommunkollen.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import se.kommunkollen.importer.ImportException;

/**
 * The upload API's refusals, in the shape of a GraphQL error like every other refusal of
 * the server:
 * {@code {"errors":[{"message":…,"extensions":{"classification":…,"code":…}}]}}; a file
 * that cannot be read also names the file and line.
 */
@RestControllerAdvice(assignableTypes = ReportDraftController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DraftErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unreadable(ImportException ex) {
		Map<String, Object> extensions = extensions(HttpStatus.BAD_REQUEST, "REPORT_UNREADABLE");
		extensions.put("fileName", ex.fileName());
		if (ex.line() != null) {
			extensions.put("line", ex.line());
		}
		return answer(HttpStatus.BAD_REQUEST, ex.getMessage(), extensions);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> refused(UploadException ex) {
		return answer(ex.status(), ex.getMessage(), extensions(ex.status(), ex.code()));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> notFound(DraftNotFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, ex.getMessage(), extensions(HttpStatus.NOT_FOUND, "DRAFT_NOT_FOUND"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> conflict(DraftStateException ex) {
		Map<String, Object> extensions = extensions(HttpStatus.CONFLICT, "DRAFT_" + ex.state().name());
		return answer(HttpStatus.CONFLICT, ex.getMessage(), extensions);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> unauthenticated(AuthenticationCredentialsNotFoundException ex) {
		return answer(HttpStatus.UNAUTHORIZED, ex.getMessage(), extensions(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException ex) {
		return answer(HttpStatus.FORBIDDEN, ex.getMessage(), extensions(HttpStatus.FORBIDDEN, "WRONG_MUNICIPALITY"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return answer(HttpStatus.CONTENT_TOO_LARGE, "The file is over the upload limit.",
				extensions(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE"));
	}

	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class,
			MissingServletRequestParameterException.class })
	ResponseEntity<Map<String, Object>> noFile(Exception ex) {
		return answer(HttpStatus.BAD_REQUEST,
				"Send the report file as multipart/form-data in the field 'file' (curl -F file=@report.txt).",
				extensions(HttpStatus.BAD_REQUEST, "FILE_MISSING"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> badArgument(MethodArgumentTypeMismatchException ex) {
		return answer(HttpStatus.BAD_REQUEST, "Invalid value for '" + ex.getName() + "'.",
				extensions(HttpStatus.BAD_REQUEST, "BAD_ARGUMENT"));
	}

	private static Map<String, Object> extensions(HttpStatus status, String code) {
		String classification = switch (status) {
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			case NOT_FOUND -> "NOT_FOUND";
			default -> "BAD_REQUEST";
		};
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification);
		extensions.put("code", code);
		return extensions;
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message,
			Map<String, Object> extensions) {
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
	}

}
