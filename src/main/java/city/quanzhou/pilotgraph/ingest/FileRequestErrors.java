package city.quanzhou.pilotgraph.ingest;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

import city.quanzhou.pilotgraph.system.DatabaseFailures;

/**
 * Every failure of {@code /admin/import} and {@code /export/*} answers JSON with a problem list and the
 * request's correlation id (also in the {@code X-Correlation-Id} header): a refused upload is a 4xx naming
 * what to change (the limit's property, the missing part), an unexpected failure a 500 or 503 with the id
 * only, logged in full under it. Failures to read the multipart body itself come before a controller is
 * chosen: {@link UploadErrors} answers those in the same form.
 */
@RestControllerAdvice(assignableTypes = { ImportController.class, ExportController.class })
class FileRequestErrors {

	static final String CORRELATION_HEADER = "X-Correlation-Id";

	private static final String CORRELATION_ATTRIBUTE = FileRequestErrors.class.getName() + ".correlationId";

	private static final Logger log = LoggerFactory.getLogger(FileRequestErrors.class);

	/** The request's correlation id, made on first use and put in the response header. */
	static String correlationId(HttpServletRequest request) {
		Object existing = request.getAttribute(CORRELATION_ATTRIBUTE);
		if (existing instanceof String id) {
			return id;
		}
		String id = UUID.randomUUID().toString();
		request.setAttribute(CORRELATION_ATTRIBUTE, id);
		return id;
	}

	/** A refusal or failure that is not about one file's rows: the whole request. */
	record Refusal(List<RowProblem> problems, boolean written, String correlationId) {
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
	ResponseEntity<Refusal> missingFiles(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return refuse(HttpStatus.BAD_REQUEST, request, response, "(upload)",
				"has no part named 'files'; send each dataset file as a part named 'files' (curl -F files=@test_bases.csv)");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Refusal> badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return refuse(HttpStatus.BAD_REQUEST, request, response, "(request)",
				"parameter " + ex.getName() + " has a value of the wrong type: '" + ex.getValue() + "'");
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Refusal> status(ResponseStatusException ex, HttpServletRequest request, HttpServletResponse response) {
		return refuse(ex.getStatusCode(), request, response, "(request)", String.valueOf(ex.getReason()));
	}

	/** Anything else, from the two controllers only: the id, never the exception's text. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Refusal> failed(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String uri = request.getRequestURI();
		String id = correlationId(request);
		boolean unavailable = DatabaseFailures.classify(ex).isPresent();
		log.error("{} {} failed [correlationId={}]", request.getMethod(), uri, id, ex);
		return refuse(unavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR, request, response,
				"(request)", (unavailable ? "the database is unavailable; try again shortly" : "could not be completed")
						+ "; quote correlation id " + id);
	}

	static ResponseEntity<Refusal> refuse(HttpStatusCode status, HttpServletRequest request,
			HttpServletResponse response, String file, String reason) {
		String id = correlationId(request);
		if (status.is4xxClientError()) {
			log.info("{} {} refused with {} [correlationId={}]: {} {}", request.getMethod(), request.getRequestURI(),
					status.value(), id, file, reason);
		}
		return ResponseEntity.status(status)
			.header(CORRELATION_HEADER, id)
			.body(new Refusal(List.of(new RowProblem(file, 0, null, reason)), false, id));
	}

}
