package org.ticportal.ui.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), readable without
 * login: it describes the endpoints and holds no data.
 */
@Configuration
class OpenApiConfiguration {

    /** The name of the bearer-token scheme in the description. */
    static final String BEARER = "apiToken";

    @Bean
    OpenAPI portalApi() {
        return new OpenAPI()
                .info(new Info().title("TIC Portal API · 技术创新中心认定管理平台开放接口").version("v1")
                        .description("只读接口：/api/v1 需管理员在“开放接口”中创建的令牌（Authorization: Bearer <令牌>），"
                                + "数据限于令牌的管辖区；/api/public 无需令牌。每次调用均记入审计日志。\n\n"
                                + "Read-only: /api/v1 needs a token an administrator creates under 开放接口 "
                                + "(Authorization: Bearer <token>), its data limited to the token's jurisdiction; "
                                + "/api/public needs none. Every call is audited."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("管理员创建的接口令牌 / a token an administrator created")));
    }
}
