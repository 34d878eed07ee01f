package de.smartcity.academy.platform.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code POST /api/admin/backup}: an online backup of the database into the configured backup folder (administrators). */
@Path("admin/backup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class BackupResource {

    @Inject DatabaseBackup backup;
    @Context SecurityContext security;

    @POST
    public DatabaseBackup.Done backup() {
        return backup.run(security.getUserPrincipal().getName());
    }
}
