package io.retort.rewrite.differential;

import java.util.List;

/** The schema and data every differential test runs over, written once for PostgreSQL. */
final class Shop {

    private Shop() {
    }

    static final List<String> SCHEMA = List.of(
            "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100), "
                    + "city VARCHAR(30), active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, credit NUMERIC(10, 2))",
            "CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, category VARCHAR(20), "
                    + "price NUMERIC(10, 2) NOT NULL, stock INT NOT NULL, weight DOUBLE PRECISION)",
            "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES customers (id), "
                    + "ordered_at TIMESTAMP NOT NULL, status VARCHAR(10) NOT NULL, note TEXT)",
            "CREATE TABLE order_items (order_id INT NOT NULL REFERENCES orders (id) ON DELETE CASCADE, "
                    + "product_id INT NOT NULL, qty INT NOT NULL, unit_price NUMERIC(10, 2) NOT NULL, "
                    + "PRIMARY KEY (order_id, product_id))",
            "CREATE TABLE counters (name VARCHAR(20) PRIMARY KEY, hits INT NOT NULL)",
            "CREATE TABLE events (id SERIAL PRIMARY KEY, kind VARCHAR(10) NOT NULL, payload TEXT)",
            "CREATE TABLE shipments (id INT PRIMARY KEY, order_id INT NOT NULL, due DATE NOT NULL, delivered DATE, "
                    + "days INT NOT NULL, weight_kg SMALLINT, distance BIGINT NOT NULL)");

    static final List<String> DATA = List.of(
            "INSERT INTO customers (id, name, email, city, active, created_at, credit) VALUES "
                    + "(1, 'Alice', 'alice@example.com', 'Paris', TRUE, '2024-01-15 10:30:00', 100.50), "
                    + "(2, 'bob', 'bob@example.com', 'London', TRUE, '2024-02-01 08:00:00', NULL), "
                    + "(3, 'Carol', NULL, 'Paris', FALSE, '2024-02-20 17:45:00', 0), "
                    + "(4, 'dave', 'dave@example.org', NULL, TRUE, '2024-03-05 12:00:00', 250.00), "
                    + "(5, 'Eve', 'eve@example.com', 'Berlin', FALSE, '2024-03-31 23:59:59', 75.25), "
                    + "(6, 'Frank_O%Brien', 'frank@example.com', 'London', TRUE, '2024-04-01 00:00:00', 10), "
                    + "(7, 'Zoë', 'zoe@example.com', 'Berlin', TRUE, '2024-04-02 09:15:30', 5.5)",
            "INSERT INTO products (id, name, category, price, stock, weight) VALUES "
                    + "(1, 'Widget', 'tools', 9.99, 100, 0.5), (2, 'Gadget', 'tools', 24.50, 0, 1.25), "
                    + "(3, 'Doohickey', NULL, 4.00, 15, NULL), (4, 'Thingamajig', 'toys', 19.95, 7, 2.0), "
                    + "(5, 'Whatsit', 'toys', 0.99, 250, 0.1), (6, 'Gizmo', 'electronics', 99.00, 3, 3.5)",
            "INSERT INTO orders (id, customer_id, ordered_at, status, note) VALUES "
                    + "(1, 1, '2024-05-01 09:00:00', 'paid', 'first order'), (2, 1, '2024-05-03 14:30:00', 'shipped', NULL), "
                    + "(3, 2, '2024-05-04 11:15:00', 'paid', NULL), (4, 3, '2024-06-10 16:00:00', 'cancelled', 'changed mind'), "
                    + "(5, 4, '2024-06-11 10:00:00', 'paid', ''), (6, 5, '2024-07-01 08:45:00', 'new', NULL)",
            "INSERT INTO order_items (order_id, product_id, qty, unit_price) VALUES "
                    + "(1, 1, 2, 9.99), (1, 2, 1, 24.50), (2, 3, 10, 4.00), (3, 1, 1, 9.99), (3, 4, 2, 19.95), "
                    + "(4, 6, 1, 99.00), (5, 5, 20, 0.99), (5, 2, 3, 24.50), (6, 4, 1, 19.95)",
            "INSERT INTO counters (name, hits) VALUES ('home', 10), ('about', 3)",
            "INSERT INTO shipments (id, order_id, due, delivered, days, weight_kg, distance) VALUES "
                    + "(1, 1, '2024-05-03', '2024-05-02', 2, 3, 120), (2, 2, '2024-05-06', '2024-05-09', 3, NULL, 4500), "
                    + "(3, 3, '2024-05-31', NULL, 10, 12, 30), (4, 5, '2024-02-28', '2024-03-01', 1, 7, 999999999999), "
                    + "(5, 6, '2024-12-30', '2025-01-02', 5, 1, 7)");
}
