package de.smartcity.academy.support;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * Test support, deployed only with the integration tests ({@link Deployments#academyWithTestSupport()}):
 * lets time pass for one certificate by moving its issue and expiry dates, so expiry, reminders and
 * refreshers can be tested today. The signed credential keeps the original dates.
 */
@WebServlet("/it-support/certificate-dates")
public class CertificateDates extends HttpServlet {

    @PersistenceContext EntityManager em;
    @Resource UserTransaction transaction;

    /** Sets the dates of the certificate with this public id; fails the test if it does not exist. */
    public static void move(URL base, String certificateId, LocalDate issuedOn, LocalDate expiresOn) {
        URI uri = Deployments.local(base).resolve("it-support/certificate-dates?id=" + certificateId
                + "&issuedOn=" + issuedOn + "&expiresOn=" + expiresOn);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new AssertionError("moving the dates of " + certificateId + ": " + response.statusCode());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            transaction.begin();
            int updated = em.createNativeQuery("update certificate set issued_on = ?, expires_on = ? where public_id = ?")
                    .setParameter(1, java.sql.Date.valueOf(request.getParameter("issuedOn")))
                    .setParameter(2, java.sql.Date.valueOf(request.getParameter("expiresOn")))
                    .setParameter(3, request.getParameter("id")).executeUpdate();
            transaction.commit();
            response.setStatus(updated == 1 ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_NOT_FOUND);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
