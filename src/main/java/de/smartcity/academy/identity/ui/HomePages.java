package de.smartcity.academy.identity.ui;

import de.smartcity.academy.identity.entity.Role;

/** Where each role lands after login. */
final class HomePages {

    private HomePages() {}

    static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/admin/index";
            case HR -> "/hr/index";
            case TRAINER -> "/trainer/index";
            case LEARNER -> "/learner/index";
        };
    }
}
