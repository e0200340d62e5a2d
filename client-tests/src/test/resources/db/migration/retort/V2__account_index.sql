CREATE INDEX account_owner ON account (owner);
UPDATE account SET balance = balance + 1;
