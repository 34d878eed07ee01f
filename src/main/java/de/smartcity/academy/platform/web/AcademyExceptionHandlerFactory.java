package de.smartcity.academy.platform.web;

import de.smartcity.academy.platform.error.AcademyException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns the academy's typed exceptions on Faces pages into the matching error page (403, 404, ...)
 * instead of a 500: a person outside the caller's scope is "not found", not a crash.
 */
public class AcademyExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AcademyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                AcademyException academy = find(events.next().getContext().getException());
                if (academy != null) {
                    events.remove();
                    sendError(academy.kind().status);
                }
            }
            getWrapped().handle();
        }

        private static AcademyException find(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof AcademyException academy) {
                    return academy;
                }
            }
            return null;
        }

        private static void sendError(int status) {
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(status, null);
                context.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
