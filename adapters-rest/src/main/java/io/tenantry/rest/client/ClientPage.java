package io.tenantry.rest.client;

import io.tenantry.application.client.ClientView;
import io.tenantry.domain.shared.Page;
import java.util.List;

/** A page of clients as the API returns it. */
public record ClientPage(List<ClientResponse> items, int page, int size, long total) {
  public static ClientPage of(Page<ClientView> page) {
    return new ClientPage(
        page.items().stream().map(ClientResponse::from).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
