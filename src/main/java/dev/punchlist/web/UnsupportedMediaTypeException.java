package dev.punchlist.web;

/** The request body is in a media type this endpoint does not read. */
public class UnsupportedMediaTypeException extends RuntimeException {
    public UnsupportedMediaTypeException(String detail) {
        super(detail);
    }
}
