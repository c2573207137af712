package io.tenantry.rest.user;

import io.tenantry.domain.user.Role;
import io.tenantry.domain.user.UserQuery;
import io.tenantry.domain.user.UserSort;
import io.tenantry.domain.user.UserStatus;
import io.tenantry.rest.shared.PageParams;
import io.tenantry.rest.shared.QueryValues;
import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /api/v1/users}: text, status and role. */
public class UserListParams {
  @QueryParam("q")
  String text;

  @QueryParam("status")
  String status;

  @QueryParam("role")
  String role;

  UserQuery toQuery(PageParams paging) {
    return new UserQuery(
        QueryValues.searchText(text, "q"),
        QueryValues.text(status).map(s -> QueryValues.enumValue(UserStatus.class, s, "status")),
        QueryValues.text(role).map(Role::new),
        paging.toPageRequest(UserSort.class, UserQuery.DEFAULT_SORT));
  }
}
