#include "seed/DemoSql.h"

namespace tsm::seed {

// Rows are derived from generate_series counters only, so every run produces the same
// data. `(g * prime) % n` spreads references without random().
const char* const kDemoDataSql = R"SQL(
INSERT INTO reference.countries (iso2, iso3, name, region, is_g20) VALUES
  ('US', 'USA', 'United States', 'Americas', true), ('CA', 'CAN', 'Canada', 'Americas', true),
  ('BR', 'BRA', 'Brazil', 'Americas', true), ('MX', 'MEX', 'Mexico', 'Americas', true),
  ('GB', 'GBR', 'United Kingdom', 'Europe', true), ('DE', 'DEU', 'Germany', 'Europe', true),
  ('FR', 'FRA', 'France', 'Europe', true), ('CH', 'CHE', 'Switzerland', 'Europe', false),
  ('NL', 'NLD', 'Netherlands', 'Europe', false), ('IT', 'ITA', 'Italy', 'Europe', true),
  ('ES', 'ESP', 'Spain', 'Europe', false), ('SE', 'SWE', 'Sweden', 'Europe', false),
  ('JP', 'JPN', 'Japan', 'Asia Pacific', true), ('CN', 'CHN', 'China', 'Asia Pacific', true),
  ('HK', 'HKG', 'Hong Kong', 'Asia Pacific', false), ('SG', 'SGP', 'Singapore', 'Asia Pacific', false),
  ('AU', 'AUS', 'Australia', 'Asia Pacific', true), ('IN', 'IND', 'India', 'Asia Pacific', true),
  ('ZA', 'ZAF', 'South Africa', 'Middle East and Africa', true),
  ('AE', 'ARE', 'United Arab Emirates', 'Middle East and Africa', false);

INSERT INTO reference.currencies (code, name, minor_units, issuing_country) VALUES
  ('USD', 'US Dollar', 2, 'US'), ('EUR', 'Euro', 2, NULL), ('GBP', 'Pound Sterling', 2, 'GB'),
  ('JPY', 'Yen', 0, 'JP'), ('CHF', 'Swiss Franc', 2, 'CH'), ('CAD', 'Canadian Dollar', 2, 'CA'),
  ('AUD', 'Australian Dollar', 2, 'AU'), ('HKD', 'Hong Kong Dollar', 2, 'HK'),
  ('SGD', 'Singapore Dollar', 2, 'SG'), ('SEK', 'Swedish Krona', 2, 'SE'),
  ('CNY', 'Yuan Renminbi', 2, 'CN'), ('INR', 'Indian Rupee', 2, 'IN');

INSERT INTO reference.exchanges (mic, name, country_iso2, timezone, opens_at, closes_at) VALUES
  ('XNYS', 'New York Stock Exchange', 'US', 'America/New_York', '09:30', '16:00'),
  ('XNAS', 'Nasdaq', 'US', 'America/New_York', '09:30', '16:00'),
  ('XLON', 'London Stock Exchange', 'GB', 'Europe/London', '08:00', '16:30'),
  ('XETR', 'Xetra', 'DE', 'Europe/Berlin', '09:00', '17:30'),
  ('XPAR', 'Euronext Paris', 'FR', 'Europe/Paris', '09:00', '17:30'),
  ('XSWX', 'SIX Swiss Exchange', 'CH', 'Europe/Zurich', '09:00', '17:30'),
  ('XTKS', 'Tokyo Stock Exchange', 'JP', 'Asia/Tokyo', '09:00', '15:00'),
  ('XHKG', 'Hong Kong Exchanges', 'HK', 'Asia/Hong_Kong', '09:30', '16:00');

INSERT INTO reference.calendars (calendar_code, name, country_iso2) VALUES
  ('NYSE', 'New York Stock Exchange trading days', 'US'), ('LSE', 'London business days', 'GB'),
  ('TARGET', 'Euro area TARGET2 settlement days', 'DE'), ('TSE', 'Tokyo trading days', 'JP'),
  ('SIX', 'Zurich business days', 'CH'), ('HKEX', 'Hong Kong trading days', 'HK');

INSERT INTO reference.holidays (calendar_code, holiday_date, name)
SELECT c.calendar_code, make_date(y, h.m, h.d), h.name
FROM reference.calendars c
CROSS JOIN generate_series(2020, 2026) AS y
CROSS JOIN (VALUES (1, 1, 'New Year''s Day'), (12, 25, 'Christmas Day'),
                   (12, 26, 'Boxing Day'), (5, 1, 'Labour Day')) AS h(m, d, name)
WHERE NOT (c.calendar_code = 'NYSE' AND h.m IN (5, 12) AND h.d IN (1, 26));

INSERT INTO reference.sectors (sector_code, name) VALUES
  ('FIN', 'Financials'), ('TEC', 'Information Technology'), ('HLT', 'Health Care'),
  ('ENE', 'Energy'), ('IND', 'Industrials'), ('CON', 'Consumer Discretionary'),
  ('UTL', 'Utilities'), ('MAT', 'Materials');

INSERT INTO reference.industries (industry_code, sector_code, name) VALUES
  ('BANK', 'FIN', 'Banks'), ('INSU', 'FIN', 'Insurance'), ('ASST', 'FIN', 'Asset Management'),
  ('SOFT', 'TEC', 'Software'), ('SEMI', 'TEC', 'Semiconductors'), ('HARD', 'TEC', 'Hardware'),
  ('PHRM', 'HLT', 'Pharmaceuticals'), ('DEVC', 'HLT', 'Medical Devices'),
  ('OILG', 'ENE', 'Oil and Gas'), ('RENW', 'ENE', 'Renewable Energy'),
  ('AERO', 'IND', 'Aerospace and Defence'), ('MACH', 'IND', 'Machinery'),
  ('AUTO', 'CON', 'Automobiles'), ('RETL', 'CON', 'Retail'), ('ELEC', 'UTL', 'Electric Utilities'),
  ('CHEM', 'MAT', 'Chemicals'), ('METL', 'MAT', 'Metals and Mining');

INSERT INTO reference.rating_agencies (agency_code, name) VALUES
  ('SP', 'S&P Global Ratings'), ('MDY', 'Moody''s Investors Service'), ('FIT', 'Fitch Ratings');

INSERT INTO reference.rating_scales (agency_code, grade, rank, is_investment_grade)
SELECT a.agency_code, CASE WHEN a.agency_code = 'MDY' THEN g.moodys ELSE g.sp END, g.rank,
       g.rank <= 10
FROM reference.rating_agencies a
CROSS JOIN (VALUES (1, 'AAA', 'Aaa'), (2, 'AA+', 'Aa1'), (3, 'AA', 'Aa2'), (4, 'AA-', 'Aa3'),
                   (5, 'A+', 'A1'), (6, 'A', 'A2'), (7, 'A-', 'A3'), (8, 'BBB+', 'Baa1'),
                   (9, 'BBB', 'Baa2'), (10, 'BBB-', 'Baa3'), (11, 'BB+', 'Ba1'),
                   (12, 'BB', 'Ba2'), (13, 'B', 'B2'), (14, 'CCC', 'Caa2')) AS g(rank, sp, moodys);

-- crm ------------------------------------------------------------------------------------
INSERT INTO crm.employees (employee_id, full_name, email, title, department, manager_id, hired_on)
SELECT g,
       (ARRAY['Ada','Grace','Alan','Edsger','Barbara','Donald','Frances','John','Margaret','Ken'])[1 + g % 10]
         || ' ' || (ARRAY['Lovelace','Hopper','Turing','Dijkstra','Liskov','Knuth','Allen','Backus','Hamilton','Thompson','Ritchie','Wirth'])[1 + (g * 7) % 12],
       'employee' || g || '@example.com',
       CASE WHEN g = 1 THEN 'Chief Executive' WHEN g <= 6 THEN 'Managing Director'
            WHEN g <= 20 THEN 'Director' ELSE 'Associate' END,
       (ARRAY['Sales','Trading','Operations','Research','Compliance'])[1 + g % 5],
       CASE WHEN g = 1 THEN NULL WHEN g <= 6 THEN 1 WHEN g <= 20 THEN 2 + g % 5 ELSE 7 + g % 14 END,
       DATE '2012-01-01' + (g * 37) % 4000
FROM generate_series(1, 60) AS g;

INSERT INTO crm.companies (company_id, legal_name, country_iso2, industry_code, website, created_at)
SELECT g,
       (ARRAY['Northwind','Contoso','Fabrikam','Globex','Initech','Umbrella','Stark','Wayne','Acme','Hooli','Vandelay','Soylent'])[1 + g % 12]
         || ' ' || (ARRAY['Capital','Holdings','Industries','Partners','Group','Systems','Energy','Pharma'])[1 + (g * 3) % 8]
         || ' ' || g,
       (SELECT iso2 FROM reference.countries ORDER BY iso2 OFFSET (g * 7) % 20 LIMIT 1),
       CASE WHEN g % 9 = 0 THEN NULL
            ELSE (SELECT industry_code FROM reference.industries ORDER BY industry_code OFFSET (g * 5) % 17 LIMIT 1) END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 'https://company' || g || '.example.com' END,
       TIMESTAMPTZ '2015-01-01 00:00:00+00' + make_interval(days => (g * 11) % 3000)
FROM generate_series(1, 300) AS g;

INSERT INTO crm.clients (client_id, company_id, segment, onboarding_date, kyc_status, relationship_manager_id)
SELECT g, 1 + (g * 7) % 300,
       (ARRAY['institutional','corporate','private wealth','hedge fund'])[1 + g % 4],
       DATE '2016-01-01' + (g * 13) % 3000,
       (ARRAY['approved','approved','approved','pending','expired'])[1 + g % 5],
       CASE WHEN g % 10 = 0 THEN NULL ELSE 7 + (g * 3) % 54 END
FROM generate_series(1, 400) AS g;

INSERT INTO crm.contacts (contact_id, company_id, full_name, email, phone, job_title)
SELECT g, 1 + (g * 11) % 300,
       (ARRAY['Maria','James','Wei','Fatima','Lukas','Aiko','Carlos','Priya','Noah','Olga'])[1 + g % 10]
         || ' ' || (ARRAY['Garcia','Smith','Zhang','Khan','Muller','Sato','Silva','Patel','Brown','Ivanova'])[1 + (g * 3) % 10],
       'contact' || g || '@client' || (1 + (g * 11) % 300) || '.example.com',
       CASE WHEN g % 6 = 0 THEN NULL ELSE '+1-555-' || lpad((g * 37 % 10000)::text, 4, '0') END,
       (ARRAY['Treasurer','Portfolio Manager','Chief Financial Officer','Analyst','Head of Operations'])[1 + g % 5]
FROM generate_series(1, 800) AS g;

INSERT INTO crm.opportunities (opportunity_id, client_id, owner_id, stage, amount, currency_code, expected_close)
SELECT g, 1 + (g * 17) % 400, CASE WHEN g % 15 = 0 THEN NULL ELSE 7 + g % 54 END,
       (ARRAY['prospecting','qualified','proposal','negotiation','won','lost'])[1 + g % 6],
       round((1000 + (g * 7919) % 500000)::numeric, 2),
       (ARRAY['USD','EUR','GBP','CHF','JPY'])[1 + g % 5],
       DATE '2024-01-01' + (g * 7) % 900
FROM generate_series(1, 1000) AS g;

INSERT INTO crm.activities (activity_id, contact_id, employee_id, kind, occurred_at, notes)
SELECT g, 1 + (g * 13) % 800, CASE WHEN g % 20 = 0 THEN NULL ELSE 7 + g % 54 END,
       (ARRAY['call','meeting','email','conference'])[1 + g % 4],
       TIMESTAMPTZ '2023-01-01 08:00:00+00' + make_interval(hours => (g * 29) % 20000),
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'Discussed ' || (ARRAY['pricing','onboarding','research coverage','execution quality','settlement issues'])[1 + g % 5] END
FROM generate_series(1, 3000) AS g;

INSERT INTO crm.campaigns (campaign_id, name, channel, starts_on, ends_on, budget)
SELECT g, (ARRAY['Spring','Summer','Autumn','Winter'])[1 + g % 4] || ' outreach ' || (2022 + g / 4),
       (ARRAY['email','events','webinar'])[1 + g % 3],
       DATE '2022-01-01' + g * 90, DATE '2022-01-01' + g * 90 + 45, 10000 + g * 2500
FROM generate_series(1, 12) AS g;

INSERT INTO crm.campaign_members (campaign_id, contact_id, responded)
SELECT DISTINCT 1 + g % 12, 1 + (g * 7) % 800, g % 5 = 0
FROM generate_series(1, 1500) AS g
ON CONFLICT DO NOTHING;

INSERT INTO crm.support_tickets (ticket_id, client_id, opened_at, severity, status, subject)
SELECT g, 1 + (g * 23) % 400,
       TIMESTAMPTZ '2024-01-01 00:00:00+00' + make_interval(hours => (g * 31) % 15000),
       1 + g % 4, (ARRAY['open','in progress','resolved','closed'])[1 + (g * 3) % 4],
       (ARRAY['Statement missing','Late settlement','Portal login fails','Fee query','Corporate action election'])[1 + g % 5]
FROM generate_series(1, 600) AS g;

INSERT INTO crm.territories (territory_code, name, region) VALUES
  ('NA-E', 'North America East', 'Americas'), ('NA-W', 'North America West', 'Americas'),
  ('LATAM', 'Latin America', 'Americas'), ('UK', 'United Kingdom and Ireland', 'Europe'),
  ('DACH', 'Germany, Austria, Switzerland', 'Europe'), ('FR-BNL', 'France and Benelux', 'Europe'),
  ('NORD', 'Nordics', 'Europe'), ('JP', 'Japan', 'Asia Pacific'),
  ('GC', 'Greater China', 'Asia Pacific'), ('ANZ', 'Australia and New Zealand', 'Asia Pacific');

INSERT INTO crm.employee_territories (employee_id, territory_code)
SELECT DISTINCT 7 + g % 54, (SELECT territory_code FROM crm.territories ORDER BY territory_code OFFSET (g * 3) % 10 LIMIT 1)
FROM generate_series(1, 80) AS g
ON CONFLICT DO NOTHING;

-- ops ------------------------------------------------------------------------------------
INSERT INTO ops.desks (desk_code, name, region, head_employee_id) VALUES
  ('EQ-US', 'US Equities', 'Americas', 2), ('EQ-EU', 'European Equities', 'Europe', 3),
  ('EQ-AP', 'Asia Pacific Equities', 'Asia Pacific', 4), ('FI-G', 'Government Bonds', 'Europe', 5),
  ('FI-C', 'Credit', 'Americas', 6), ('ETF', 'ETF Market Making', 'Americas', NULL);

INSERT INTO ops.books (book_code, desk_code, base_currency, strategy)
SELECT 'BK' || lpad(g::text, 3, '0'),
       (ARRAY['EQ-US','EQ-EU','EQ-AP','FI-G','FI-C','ETF'])[1 + g % 6],
       (ARRAY['USD','EUR','JPY','EUR','USD','USD'])[1 + g % 6],
       (ARRAY['flow','delta one','arbitrage','market making'])[1 + g % 4]
FROM generate_series(1, 20) AS g;

INSERT INTO ops.trading_accounts (account_id, client_id, book_code, account_type, opened_on, status)
SELECT g, 1 + (g * 3) % 400, CASE WHEN g % 25 = 0 THEN NULL ELSE 'BK' || lpad((1 + g % 20)::text, 3, '0') END,
       (ARRAY['cash','margin','custody'])[1 + g % 3], DATE '2017-01-01' + (g * 19) % 2500,
       CASE WHEN g % 30 = 0 THEN 'closed' ELSE 'active' END
FROM generate_series(1, 500) AS g;

INSERT INTO ops.traders (trader_id, employee_id, desk_code, limit_usd)
SELECT g, 20 + g, (ARRAY['EQ-US','EQ-EU','EQ-AP','FI-G','FI-C','ETF'])[1 + g % 6], 1000000 * (1 + g % 5)
FROM generate_series(1, 30) AS g;

INSERT INTO ops.settlement_instructions (instruction_id, account_id, currency_code, custodian, account_number)
SELECT g, g, (ARRAY['USD','EUR','GBP','JPY'])[1 + g % 4],
       (ARRAY['State Street','BNY Mellon','Euroclear','Clearstream'])[1 + g % 4],
       'AC' || lpad(((g * 7919) % 1000000)::text, 8, '0')
FROM generate_series(1, 500) AS g;

INSERT INTO ops.job_runs (run_id, job_name, started_at, finished_at, status, rows_written)
SELECT g, (ARRAY['load_prices','load_trades','compute_positions','reconcile_custody'])[1 + g % 4],
       TIMESTAMPTZ '2025-01-01 02:00:00+00' + make_interval(hours => g * 6),
       CASE WHEN g % 17 = 0 THEN NULL ELSE TIMESTAMPTZ '2025-01-01 02:00:00+00' + make_interval(hours => g * 6, mins => 5 + g % 40) END,
       CASE WHEN g % 17 = 0 THEN 'running' WHEN g % 11 = 0 THEN 'failed' ELSE 'succeeded' END,
       (g * 7919) % 250000
FROM generate_series(1, 200) AS g;

INSERT INTO ops.data_quality_checks (check_id, run_id, target_table, rule, passed, measured_at)
SELECT g, 1 + g % 200, (ARRAY['markets.trades','markets.price_bars_daily','markets.positions','crm.clients'])[1 + g % 4],
       (ARRAY['not null','unique key','freshness < 1 day','row count within 3 sigma'])[1 + (g * 3) % 4],
       g % 13 <> 0, TIMESTAMPTZ '2025-01-01 03:00:00+00' + make_interval(hours => (g / 4) * 6)
FROM generate_series(1, 800) AS g;

INSERT INTO ops.audit_log (event_id, occurred_at, actor, action, object_type, object_key, details)
SELECT g, TIMESTAMPTZ '2025-01-01 00:00:00+00' + make_interval(mins => g * 37),
       'employee' || (1 + g % 60) || '@example.com',
       (ARRAY['create','update','delete','approve'])[1 + g % 4],
       (ARRAY['order','account','instruction','limit'])[1 + (g * 3) % 4], (1 + (g * 7) % 500)::text,
       jsonb_build_object('ticket', 'CHG-' || g, 'reason', (ARRAY['client request','correction','periodic review'])[1 + g % 3])
FROM generate_series(1, 2000) AS g;

-- markets --------------------------------------------------------------------------------
INSERT INTO markets.issuers (issuer_id, name, country_iso2, industry_code, lei)
SELECT g, c.legal_name, c.country_iso2, c.industry_code,
       CASE WHEN g % 8 = 0 THEN NULL ELSE upper(substr(md5('lei' || g), 1, 18)) || lpad((g % 100)::text, 2, '0') END
FROM generate_series(1, 200) AS g JOIN crm.companies c ON c.company_id = g;

INSERT INTO markets.instruments (instrument_id, symbol, isin, name, asset_class, issuer_id, currency_code, primary_mic, listed_on, is_active)
SELECT g, upper(substr(md5('sym' || g), 1, 4)) || CASE WHEN g % 3 = 1 THEN '' ELSE '.' || g % 3 END,
       (ARRAY['US','GB','DE','FR','CH','JP'])[1 + g % 6] || upper(substr(md5('isin' || g), 1, 9)) || (g % 10),
       i.name || CASE WHEN g % 3 = 2 THEN ' 4.25% 2031 bond' WHEN g % 3 = 0 THEN ' UCITS ETF' ELSE ' common stock' END,
       (ARRAY['equity','bond','etf'])[1 + (g + 2) % 3], i.issuer_id,
       (ARRAY['USD','GBP','EUR','EUR','CHF','JPY'])[1 + g % 6],
       CASE WHEN g % 3 = 2 THEN NULL ELSE (ARRAY['XNYS','XLON','XETR','XPAR','XSWX','XTKS'])[1 + g % 6] END,
       DATE '2000-01-01' + (g * 41) % 8000, g % 50 <> 0
FROM generate_series(1, 500) AS g JOIN markets.issuers i ON i.issuer_id = 1 + (g * 7) % 200;

INSERT INTO markets.instrument_identifiers (instrument_id, scheme, value)
SELECT i.instrument_id, s.scheme, upper(substr(md5(s.scheme || i.instrument_id), 1, s.len))
FROM markets.instruments i
CROSS JOIN (VALUES ('CUSIP', 9), ('FIGI', 12)) AS s(scheme, len);

INSERT INTO markets.price_bars_daily (instrument_id, bar_date, open, high, low, close, volume)
SELECT i, d::date,
       round((50 + i % 200 + 10 * sin((i + n) / 15.0))::numeric, 6),
       round((52 + i % 200 + 10 * sin((i + n) / 15.0))::numeric, 6),
       round((48 + i % 200 + 10 * sin((i + n) / 15.0))::numeric, 6),
       round((50 + i % 200 + 10 * sin((i + n + 1) / 15.0))::numeric, 6),
       100000 + (i * 7919 + n * 104729) % 5000000
FROM generate_series(1, 500) AS i
CROSS JOIN generate_series(DATE '2025-01-01', DATE '2025-12-31', INTERVAL '1 day') WITH ORDINALITY AS s(d, n)
WHERE extract(isodow FROM d) < 6 AND n <= 200;

INSERT INTO markets.corporate_actions (action_id, instrument_id, action_type, ex_date, ratio, amount)
SELECT g, 1 + (g * 13) % 500, (ARRAY['split','reverse split','spin-off','merger'])[1 + g % 4],
       DATE '2018-01-01' + (g * 29) % 2800,
       CASE WHEN g % 4 IN (0, 1) THEN (ARRAY[2, 3, 0.5, 0.1])[1 + g % 4] END,
       CASE WHEN g % 4 = 2 THEN 1.5 + g % 10 END
FROM generate_series(1, 200) AS g;

INSERT INTO markets.dividends (dividend_id, instrument_id, ex_date, pay_date, amount, currency_code)
SELECT g, 1 + (g * 3) % 500, DATE '2022-01-15' + (g % 16) * 91, DATE '2022-02-01' + (g % 16) * 91,
       round((0.05 + (g % 40) / 40.0)::numeric, 6), (ARRAY['USD','GBP','EUR','EUR','CHF','JPY'])[1 + ((g * 3) % 500 + 1) % 6]
FROM generate_series(1, 600) AS g;

INSERT INTO markets.orders (order_id, account_id, instrument_id, trader_id, side, quantity, limit_price, placed_at, status)
SELECT g, 1 + (g * 7) % 500, 1 + (g * 13) % 500, CASE WHEN g % 9 = 0 THEN NULL ELSE 1 + g % 30 END,
       CASE WHEN g % 2 = 0 THEN 'buy' ELSE 'sell' END, 100 * (1 + g % 50),
       CASE WHEN g % 4 = 0 THEN NULL ELSE round((50 + (g * 13) % 700 / 3.0)::numeric, 6) END,
       TIMESTAMPTZ '2025-01-02 14:30:00+00' + make_interval(mins => g * 17),
       (ARRAY['filled','filled','partially filled','cancelled','new'])[1 + g % 5]
FROM generate_series(1, 20000) AS g;

INSERT INTO markets.executions (execution_id, order_id, venue_mic, quantity, price, executed_at)
SELECT g, 1 + (g * 7) % 20000, (ARRAY['XNYS','XNAS','XLON','XETR','XPAR'])[1 + g % 5],
       50 * (1 + g % 20), round((50 + (g * 31) % 700 / 3.0)::numeric, 6),
       TIMESTAMPTZ '2025-01-02 14:31:00+00' + make_interval(mins => g * 11)
FROM generate_series(1, 30000) AS g;

INSERT INTO markets.trades (trade_id, account_id, instrument_id, side, quantity, price, trade_ts, settlement_date)
SELECT g, 1 + (g * 7) % 500, 1 + (g * 13) % 500,
       CASE WHEN g % 2 = 0 THEN 'buy' ELSE 'sell' END,
       10 * (1 + g % 100),
       round((50 + ((g * 13) % 500) % 200 + (g % 997) / 100.0)::numeric, 6),
       TIMESTAMPTZ '2024-01-02 14:30:00+00' + make_interval(secs => g * 31),
       (DATE '2024-01-02' + (g * 31) / 86400 + 2)
FROM generate_series(1, 1000000) AS g;

INSERT INTO markets.positions (account_id, instrument_id, quantity, average_cost, as_of)
SELECT DISTINCT ON (a, i) a, i, 100 * (1 + (a * i) % 90), round((40 + (a * 7 + i) % 300 / 2.0)::numeric, 6), DATE '2025-12-31'
FROM (SELECT 1 + (g * 7) % 500 AS a, 1 + (g * 17) % 500 AS i FROM generate_series(1, 2000) AS g) AS p;

INSERT INTO markets.position_lots (lot_id, account_id, instrument_id, opened_on, quantity, cost)
SELECT row_number() OVER (ORDER BY p.account_id, p.instrument_id, k), p.account_id, p.instrument_id,
       DATE '2023-01-01' + ((p.account_id * 5 + p.instrument_id + k * 40) % 1000)::int,
       p.quantity / 2, p.average_cost * (0.9 + k / 10.0)
FROM markets.positions p CROSS JOIN generate_series(1, 2) AS k;

INSERT INTO markets.benchmarks (benchmark_code, name, currency_code, provider) VALUES
  ('WORLD100', 'World Large Cap 100', 'USD', 'Example Indices'),
  ('EURO50', 'Euro Blue Chip 50', 'EUR', 'Example Indices'),
  ('UKALL', 'UK All Share', 'GBP', 'Example Indices'),
  ('AGGBND', 'Global Aggregate Bond', 'USD', 'Example Indices');

INSERT INTO markets.benchmark_constituents (benchmark_code, instrument_id, as_of, weight)
SELECT b.benchmark_code, i.instrument_id, DATE '2025-12-31', round(1.0 / 100, 6)
FROM markets.benchmarks b
JOIN markets.instruments i ON (i.instrument_id * 7 + length(b.benchmark_code)) % 5 = 0
WHERE i.instrument_id <= 500;

INSERT INTO markets.index_levels (benchmark_code, level_date, level)
SELECT b.benchmark_code, d::date, round((1000 + 50 * sin(n / 20.0) + n * length(b.benchmark_code) / 10.0)::numeric, 6)
FROM markets.benchmarks b
CROSS JOIN generate_series(DATE '2025-01-01', DATE '2025-12-31', INTERVAL '1 day') WITH ORDINALITY AS s(d, n);

INSERT INTO markets.fx_rates (base_currency, quote_currency, rate_date, rate)
SELECT p.base, p.quote, d::date, round((p.mid * (1 + 0.02 * sin(n / 30.0)))::numeric, 8)
FROM (VALUES ('EUR', 'USD', 1.09), ('GBP', 'USD', 1.27), ('USD', 'JPY', 151.2),
             ('USD', 'CHF', 0.88), ('EUR', 'GBP', 0.86), ('AUD', 'USD', 0.66)) AS p(base, quote, mid)
CROSS JOIN generate_series(DATE '2025-01-01', DATE '2025-12-31', INTERVAL '1 day') WITH ORDINALITY AS s(d, n);

INSERT INTO ops.reconciliation_breaks (break_id, account_id, instrument_id, detected_on, quantity_diff, resolved)
SELECT g, p.account_id, p.instrument_id, DATE '2025-06-01' + g % 180, (g % 7 - 3) * 10, g % 3 = 0
FROM generate_series(1, 100) AS g
JOIN LATERAL (SELECT account_id, instrument_id FROM markets.positions ORDER BY account_id, instrument_id OFFSET g * 13 LIMIT 1) AS p ON true;

-- archive and warehouse ------------------------------------------------------------------
INSERT INTO archive.orders_2019 (order_id, instrument_symbol, side, quantity, placed_at)
SELECT g, upper(substr(md5('sym' || (1 + g % 500)), 1, 4)), CASE WHEN g % 2 = 0 THEN 'buy' ELSE 'sell' END,
       100 * (1 + g % 30), TIMESTAMPTZ '2019-01-02 14:30:00+00' + make_interval(mins => g * 90)
FROM generate_series(1, 5000) AS g;

INSERT INTO archive.fills_2019 (fill_id, order_id, quantity, price)
SELECT g, 1 + (g * 7) % 5000, 50 * (1 + g % 10), round((30 + (g * 13) % 400 / 4.0)::numeric, 6)
FROM generate_series(1, 8000) AS g;

INSERT INTO archive.trades_2019 (trade_id, instrument_symbol, quantity, price, trade_ts)
SELECT g, upper(substr(md5('sym' || (1 + g % 500)), 1, 4)), 10 * (1 + g % 100),
       round((30 + (g * 13) % 400 / 4.0)::numeric, 6),
       TIMESTAMPTZ '2019-01-02 14:30:00+00' + make_interval(mins => g * 50)
FROM generate_series(1, 10000) AS g;

INSERT INTO warehouse.revenue_monthly (month, client_id, revenue)
SELECT make_date(2025, m, 1), c, round(((c * 7919 + m * 104729) % 90000 + 500)::numeric, 2)
FROM generate_series(1, 400) AS c CROSS JOIN generate_series(1, 12) AS m;

INSERT INTO warehouse.customer_snapshots (snapshot_date, client_id, segment, assets_under_management)
SELECT (make_date(2025, m, 1) + INTERVAL '1 month - 1 day')::date, c,
       (ARRAY['institutional','corporate','private wealth','hedge fund'])[1 + c % 4],
       round(((c * 104729 + m * 7919) % 50000000 + 100000)::numeric, 2)
FROM generate_series(1, 400) AS c CROSS JOIN generate_series(1, 12) AS m;
)SQL";

} // namespace tsm::seed
