package city.quanzhou.pilotgraph.ingest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import city.quanzhou.pilotgraph.ingest.FileRequestErrors.Refusal;

/**
 * A multipart body that cannot be taken (over the size limits, too many parts, not multipart at all) fails
 * while the request is prepared, before any controller is chosen, so this advice applies to every handler;
 * only multipart requests raise these exceptions, and only {@code /admin/import} takes them. The answer names
 * the property that sets the limit. A request to the import that is not multipart at all is refused at the
 * same stage and answered here in the same form.
 */
@RestControllerAdvice
class UploadErrors {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	UploadErrors(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Refusal> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		return FileRequestErrors.refuse(HttpStatus.CONTENT_TOO_LARGE, request, response, "(upload)",
				"is larger than this service accepts: at most " + readable(this.maxFileSize)
						+ " per file (spring.servlet.multipart.max-file-size) and " + readable(this.maxRequestSize)
						+ " per upload (spring.servlet.multipart.max-request-size); split the import or raise the limits");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Refusal> badMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response) {
		String reason = causes(ex).contains("FileCountLimitExceeded")
				? "has more parts than this service accepts (server.tomcat.max-part-count); send one part per dataset file"
				: "is not a readable multipart/form-data body; send each dataset file as a part named 'files'";
		return FileRequestErrors.refuse(HttpStatus.BAD_REQUEST, request, response, "(upload)", reason);
	}

	/** A request to the import that is not multipart is refused while its handler is looked for. */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Refusal> notMultipart(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws HttpMediaTypeNotSupportedException {
		if (!request.getRequestURI().equals("/admin/import")) {
			throw ex;
		}
		return FileRequestErrors.refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request, response, "(upload)",
				"must be sent as multipart/form-data with a part named 'files' per dataset file");
	}

	private static String causes(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			text.append(t.getClass().getSimpleName()).append(' ');
		}
		return text.toString();
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		return (bytes % (1024 * 1024) == 0) ? bytes / (1024 * 1024) + " MB"
				: (bytes % 1024 == 0) ? bytes / 1024 + " KB" : bytes + " bytes";
	}

}
