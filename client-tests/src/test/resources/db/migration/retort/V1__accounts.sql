CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    owner VARCHAR(100) NOT NULL,
    balance DECIMAL(12, 2) NOT NULL
);
INSERT INTO account (id, owner, balance) VALUES (1, 'Ada', 100.00);
INSERT INTO account (id, owner, balance) VALUES (2, 'Alan', 250.50);
