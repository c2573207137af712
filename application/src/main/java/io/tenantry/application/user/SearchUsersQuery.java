package io.tenantry.application.user;

/** The directory search as the client sent it; parsed and checked by the service. */
public record SearchUsersQuery(
    String text, String status, String role, Integer page, Integer size, String sort) {}
