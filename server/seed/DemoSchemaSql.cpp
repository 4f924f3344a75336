#include "seed/DemoSql.h"

namespace tsm::seed {

const char* const kDemoSchemaSql = R"SQL(
CREATE SCHEMA reference;
CREATE SCHEMA crm;
CREATE SCHEMA ops;
CREATE SCHEMA markets;
CREATE SCHEMA archive;
CREATE SCHEMA warehouse;

-- reference ------------------------------------------------------------------------------
CREATE TABLE reference.countries (
  iso2 char(2) PRIMARY KEY,
  iso3 char(3) NOT NULL UNIQUE,
  name text NOT NULL,
  region text NOT NULL,
  is_g20 boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE reference.countries IS 'ISO 3166 countries with their region and G20 membership; the root of every jurisdiction reference.';
COMMENT ON COLUMN reference.countries.iso2 IS 'ISO 3166-1 alpha-2 country code';
COMMENT ON COLUMN reference.countries.region IS 'Continental region used for regulatory reporting';

CREATE TABLE reference.currencies (
  code char(3) PRIMARY KEY,
  name text NOT NULL,
  minor_units smallint NOT NULL DEFAULT 2,
  issuing_country char(2) REFERENCES reference.countries (iso2) ON DELETE SET NULL
);
COMMENT ON TABLE reference.currencies IS 'ISO 4217 currencies and the number of decimal places of their minor unit.';
COMMENT ON COLUMN reference.currencies.minor_units IS 'Decimal places of the minor unit (cents)';

CREATE TABLE reference.exchanges (
  mic char(4) PRIMARY KEY,
  name text NOT NULL,
  country_iso2 char(2) NOT NULL REFERENCES reference.countries (iso2) ON DELETE RESTRICT,
  timezone text NOT NULL,
  opens_at time NOT NULL,
  closes_at time NOT NULL
);
COMMENT ON TABLE reference.exchanges IS 'Trading venues by ISO 10383 market identifier code, with local session hours.';
COMMENT ON COLUMN reference.exchanges.mic IS 'ISO 10383 market identifier code';

CREATE TABLE reference.calendars (
  calendar_code text PRIMARY KEY,
  name text NOT NULL,
  country_iso2 char(2) NOT NULL REFERENCES reference.countries (iso2) ON DELETE CASCADE
);
COMMENT ON TABLE reference.calendars IS 'Business-day calendars used for settlement and accrual schedules.';

CREATE TABLE reference.holidays (
  calendar_code text NOT NULL REFERENCES reference.calendars (calendar_code) ON DELETE CASCADE,
  holiday_date date NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (calendar_code, holiday_date)
);
COMMENT ON TABLE reference.holidays IS 'Non-business days per calendar; settlement dates roll over them.';

CREATE TABLE reference.sectors (
  sector_code text PRIMARY KEY,
  name text NOT NULL
);
COMMENT ON TABLE reference.sectors IS 'Top level of the industry classification (GICS-like sectors).';

CREATE TABLE reference.industries (
  industry_code text PRIMARY KEY,
  sector_code text NOT NULL REFERENCES reference.sectors (sector_code) ON DELETE RESTRICT,
  name text NOT NULL
);
COMMENT ON TABLE reference.industries IS 'Industry classification below sectors, used to group issuers and companies.';

CREATE TABLE reference.rating_agencies (
  agency_code text PRIMARY KEY,
  name text NOT NULL
);
COMMENT ON TABLE reference.rating_agencies IS 'Credit rating agencies whose scales we map.';

CREATE TABLE reference.rating_scales (
  agency_code text NOT NULL REFERENCES reference.rating_agencies (agency_code) ON DELETE CASCADE,
  grade text NOT NULL,
  rank smallint NOT NULL,
  is_investment_grade boolean NOT NULL,
  PRIMARY KEY (agency_code, grade)
);
COMMENT ON TABLE reference.rating_scales IS 'Credit rating grades per agency with a comparable rank and the investment-grade cut-off.';
COMMENT ON COLUMN reference.rating_scales.rank IS 'Comparable rank across agencies: 1 is the best credit quality';

-- crm ------------------------------------------------------------------------------------
CREATE TABLE crm.employees (
  employee_id integer PRIMARY KEY,
  full_name text NOT NULL,
  email text NOT NULL UNIQUE,
  title text NOT NULL,
  department text NOT NULL,
  manager_id integer REFERENCES crm.employees (employee_id) ON DELETE SET NULL,
  hired_on date NOT NULL
);
COMMENT ON TABLE crm.employees IS 'Staff directory with the reporting line (manager_id points at another employee).';
COMMENT ON COLUMN crm.employees.manager_id IS 'Line manager; empty for the chief executive';

CREATE TABLE crm.companies (
  company_id bigint PRIMARY KEY,
  legal_name text NOT NULL,
  country_iso2 char(2) NOT NULL REFERENCES reference.countries (iso2) ON DELETE NO ACTION,
  industry_code text REFERENCES reference.industries (industry_code) ON DELETE SET NULL,
  website text,
  created_at timestamptz NOT NULL
);
COMMENT ON TABLE crm.companies IS 'Legal entities we do business with: prospects, clients and counterparties.';
COMMENT ON COLUMN crm.companies.legal_name IS 'Registered legal name of the company';

CREATE TABLE crm.clients (
  client_id bigint PRIMARY KEY,
  company_id bigint NOT NULL REFERENCES crm.companies (company_id) ON DELETE RESTRICT,
  segment text NOT NULL,
  onboarding_date date NOT NULL,
  kyc_status text NOT NULL,
  relationship_manager_id integer REFERENCES crm.employees (employee_id) ON DELETE SET NULL
);
COMMENT ON TABLE crm.clients IS 'Onboarded client relationships with their segment and know-your-customer status.';
COMMENT ON COLUMN crm.clients.kyc_status IS 'Know-your-customer review state: approved, pending or expired';
COMMENT ON COLUMN crm.clients.relationship_manager_id IS 'Employee who owns the client relationship';

CREATE TABLE crm.contacts (
  contact_id bigint PRIMARY KEY,
  company_id bigint NOT NULL REFERENCES crm.companies (company_id) ON DELETE CASCADE,
  full_name text NOT NULL,
  email text,
  phone text,
  job_title text
);
COMMENT ON TABLE crm.contacts IS 'People at client companies: names, email addresses and phone numbers.';
COMMENT ON COLUMN crm.contacts.email IS 'Work email address of the contact';

CREATE TABLE crm.opportunities (
  opportunity_id bigint PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES crm.clients (client_id) ON DELETE CASCADE,
  owner_id integer REFERENCES crm.employees (employee_id) ON DELETE SET NULL,
  stage text NOT NULL,
  amount numeric(18, 2) NOT NULL,
  currency_code char(3) NOT NULL REFERENCES reference.currencies (code) ON DELETE RESTRICT,
  expected_close date
);
COMMENT ON TABLE crm.opportunities IS 'Sales pipeline: potential revenue per client by stage and expected close date.';
COMMENT ON COLUMN crm.opportunities.amount IS 'Expected revenue in the opportunity currency';

CREATE TABLE crm.activities (
  activity_id bigint PRIMARY KEY,
  contact_id bigint NOT NULL REFERENCES crm.contacts (contact_id) ON DELETE CASCADE,
  employee_id integer REFERENCES crm.employees (employee_id) ON DELETE SET NULL,
  kind text NOT NULL,
  occurred_at timestamptz NOT NULL,
  notes text
);
COMMENT ON TABLE crm.activities IS 'Calls, meetings and emails logged against contacts.';

CREATE TABLE crm.campaigns (
  campaign_id integer PRIMARY KEY,
  name text NOT NULL,
  channel text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  budget numeric(14, 2) NOT NULL
);
COMMENT ON TABLE crm.campaigns IS 'Marketing campaigns with channel, dates and budget.';

CREATE TABLE crm.campaign_members (
  campaign_id integer NOT NULL REFERENCES crm.campaigns (campaign_id) ON DELETE CASCADE,
  contact_id bigint NOT NULL REFERENCES crm.contacts (contact_id) ON DELETE CASCADE,
  responded boolean NOT NULL DEFAULT false,
  PRIMARY KEY (campaign_id, contact_id)
);
COMMENT ON TABLE crm.campaign_members IS 'Which contacts a campaign reached and whether they responded.';

CREATE TABLE crm.support_tickets (
  ticket_id bigint PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES crm.clients (client_id) ON DELETE CASCADE,
  opened_at timestamptz NOT NULL,
  severity smallint NOT NULL,
  status text NOT NULL,
  subject text NOT NULL
);
COMMENT ON TABLE crm.support_tickets IS 'Client service requests and complaints with severity and status.';
COMMENT ON COLUMN crm.support_tickets.severity IS 'Severity from 1 (outage) to 4 (question)';

CREATE TABLE crm.territories (
  territory_code text PRIMARY KEY,
  name text NOT NULL,
  region text NOT NULL
);
COMMENT ON TABLE crm.territories IS 'Sales territories that coverage teams are assigned to.';

CREATE TABLE crm.employee_territories (
  employee_id integer NOT NULL REFERENCES crm.employees (employee_id) ON DELETE CASCADE,
  territory_code text NOT NULL REFERENCES crm.territories (territory_code) ON DELETE CASCADE,
  PRIMARY KEY (employee_id, territory_code)
);
COMMENT ON TABLE crm.employee_territories IS 'Coverage assignments of sales employees to territories.';

-- ops ------------------------------------------------------------------------------------
CREATE TABLE ops.desks (
  desk_code text PRIMARY KEY,
  name text NOT NULL,
  region text NOT NULL,
  head_employee_id integer REFERENCES crm.employees (employee_id) ON DELETE SET NULL
);
COMMENT ON TABLE ops.desks IS 'Trading desks and the employee who heads each one.';

CREATE TABLE ops.books (
  book_code text PRIMARY KEY,
  desk_code text NOT NULL REFERENCES ops.desks (desk_code) ON DELETE RESTRICT,
  base_currency char(3) NOT NULL DEFAULT 'USD' REFERENCES reference.currencies (code) ON DELETE SET DEFAULT,
  strategy text NOT NULL
);
COMMENT ON TABLE ops.books IS 'Trading books per desk with their base currency and strategy.';
COMMENT ON COLUMN ops.books.base_currency IS 'Reporting currency of the book; falls back to USD when its currency is retired';

CREATE TABLE ops.trading_accounts (
  account_id bigint PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES crm.clients (client_id) ON DELETE RESTRICT,
  book_code text REFERENCES ops.books (book_code) ON DELETE SET NULL,
  account_type text NOT NULL,
  opened_on date NOT NULL,
  status text NOT NULL
);
COMMENT ON TABLE ops.trading_accounts IS 'Client trading accounts: the legal holder of orders, trades and positions.';

CREATE TABLE ops.traders (
  trader_id integer PRIMARY KEY,
  employee_id integer NOT NULL UNIQUE REFERENCES crm.employees (employee_id) ON DELETE CASCADE,
  desk_code text REFERENCES ops.desks (desk_code) ON DELETE SET NULL,
  limit_usd numeric(18, 2) NOT NULL
);
COMMENT ON TABLE ops.traders IS 'Employees authorised to trade, with their desk and risk limit.';
COMMENT ON COLUMN ops.traders.limit_usd IS 'Gross notional limit in US dollars';

CREATE TABLE ops.settlement_instructions (
  instruction_id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES ops.trading_accounts (account_id) ON DELETE CASCADE,
  currency_code char(3) NOT NULL DEFAULT 'USD' REFERENCES reference.currencies (code) ON DELETE SET DEFAULT,
  custodian text NOT NULL,
  account_number text NOT NULL
);
COMMENT ON TABLE ops.settlement_instructions IS 'Standing settlement instructions: custodian and cash account per trading account and currency.';

CREATE TABLE ops.job_runs (
  run_id bigint PRIMARY KEY,
  job_name text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  status text NOT NULL,
  rows_written bigint NOT NULL DEFAULT 0
);
COMMENT ON TABLE ops.job_runs IS 'Runs of scheduled data pipeline jobs with their status and row counts.';

CREATE TABLE ops.data_quality_checks (
  check_id bigint PRIMARY KEY,
  run_id bigint NOT NULL REFERENCES ops.job_runs (run_id) ON DELETE CASCADE,
  target_table text NOT NULL,
  rule text NOT NULL,
  passed boolean NOT NULL,
  measured_at timestamptz NOT NULL
);
COMMENT ON TABLE ops.data_quality_checks IS 'Data quality rule results recorded by pipeline runs.';

CREATE TABLE ops.audit_log (
  event_id bigint PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  object_type text NOT NULL,
  object_key text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE ops.audit_log IS 'Append-only audit trail of who changed what, for compliance.';

-- markets --------------------------------------------------------------------------------
CREATE TABLE markets.issuers (
  issuer_id bigint PRIMARY KEY,
  name text NOT NULL,
  country_iso2 char(2) NOT NULL REFERENCES reference.countries (iso2) ON DELETE RESTRICT,
  industry_code text REFERENCES reference.industries (industry_code) ON DELETE SET NULL,
  lei char(20) UNIQUE
);
COMMENT ON TABLE markets.issuers IS 'Issuers of securities, identified by their legal entity identifier (LEI).';
COMMENT ON COLUMN markets.issuers.lei IS 'ISO 17442 legal entity identifier';

CREATE TABLE markets.instruments (
  instrument_id bigint PRIMARY KEY,
  symbol text NOT NULL,
  isin char(12) UNIQUE,
  name text NOT NULL,
  asset_class text NOT NULL,
  issuer_id bigint REFERENCES markets.issuers (issuer_id) ON DELETE RESTRICT,
  currency_code char(3) NOT NULL REFERENCES reference.currencies (code) ON DELETE NO ACTION,
  primary_mic char(4) REFERENCES reference.exchanges (mic) ON DELETE SET NULL,
  listed_on date,
  is_active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE markets.instruments IS 'Tradable securities master: equities, bonds and ETFs with ISIN, currency and listing venue.';
COMMENT ON COLUMN markets.instruments.isin IS 'ISO 6166 international securities identification number';
COMMENT ON COLUMN markets.instruments.asset_class IS 'equity, bond or etf';

CREATE TABLE markets.instrument_identifiers (
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE CASCADE,
  scheme text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (instrument_id, scheme)
);
COMMENT ON TABLE markets.instrument_identifiers IS 'Alternative identifiers of instruments (CUSIP, SEDOL, FIGI, vendor tickers).';

CREATE TABLE markets.price_bars_daily (
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE CASCADE,
  bar_date date NOT NULL,
  open numeric(18, 6) NOT NULL,
  high numeric(18, 6) NOT NULL,
  low numeric(18, 6) NOT NULL,
  close numeric(18, 6) NOT NULL,
  volume bigint NOT NULL,
  PRIMARY KEY (instrument_id, bar_date)
);
COMMENT ON TABLE markets.price_bars_daily IS 'Daily OHLCV price bars per instrument: open, high, low, close and volume.';
COMMENT ON COLUMN markets.price_bars_daily.close IS 'Official closing price in the instrument currency';

CREATE TABLE markets.corporate_actions (
  action_id bigint PRIMARY KEY,
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE CASCADE,
  action_type text NOT NULL,
  ex_date date NOT NULL,
  ratio numeric(12, 6),
  amount numeric(18, 6)
);
COMMENT ON TABLE markets.corporate_actions IS 'Splits, mergers and spin-offs that adjust historical prices and positions.';

CREATE TABLE markets.dividends (
  dividend_id bigint PRIMARY KEY,
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE CASCADE,
  ex_date date NOT NULL,
  pay_date date NOT NULL,
  amount numeric(18, 6) NOT NULL,
  currency_code char(3) NOT NULL REFERENCES reference.currencies (code) ON DELETE RESTRICT
);
COMMENT ON TABLE markets.dividends IS 'Cash dividends per share with ex-date and payment date.';

CREATE TABLE markets.orders (
  order_id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES ops.trading_accounts (account_id) ON DELETE RESTRICT,
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE RESTRICT,
  trader_id integer REFERENCES ops.traders (trader_id) ON DELETE SET NULL,
  side text NOT NULL,
  quantity numeric(18, 4) NOT NULL,
  limit_price numeric(18, 6),
  placed_at timestamptz NOT NULL,
  status text NOT NULL
);
COMMENT ON TABLE markets.orders IS 'Client orders to buy or sell an instrument, with limit price and lifecycle status.';
COMMENT ON COLUMN markets.orders.side IS 'buy or sell';

CREATE TABLE markets.executions (
  execution_id bigint PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES markets.orders (order_id) ON DELETE CASCADE,
  venue_mic char(4) REFERENCES reference.exchanges (mic) ON DELETE SET NULL,
  quantity numeric(18, 4) NOT NULL,
  price numeric(18, 6) NOT NULL,
  executed_at timestamptz NOT NULL
);
COMMENT ON TABLE markets.executions IS 'Fills of orders on a venue: executed quantity and price.';

-- Foreign keys of trades are added after loading (kDemoLateConstraintsSql).
CREATE TABLE markets.trades (
  trade_id bigint PRIMARY KEY,
  account_id bigint NOT NULL,
  instrument_id bigint NOT NULL,
  side text NOT NULL,
  quantity numeric(18, 4) NOT NULL,
  price numeric(18, 6) NOT NULL,
  trade_ts timestamptz NOT NULL,
  settlement_date date NOT NULL
);
COMMENT ON TABLE markets.trades IS 'Booked trades: one row per executed buy or sell with price, quantity and settlement date.';
COMMENT ON COLUMN markets.trades.trade_id IS 'Sequential trade number; page by it';
COMMENT ON COLUMN markets.trades.trade_ts IS 'Execution timestamp in UTC';

CREATE TABLE markets.positions (
  account_id bigint NOT NULL REFERENCES ops.trading_accounts (account_id) ON DELETE CASCADE,
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE RESTRICT,
  quantity numeric(18, 4) NOT NULL,
  average_cost numeric(18, 6) NOT NULL,
  as_of date NOT NULL,
  PRIMARY KEY (account_id, instrument_id)
);
COMMENT ON TABLE markets.positions IS 'Current holdings per account and instrument with average cost.';

CREATE TABLE markets.position_lots (
  lot_id bigint PRIMARY KEY,
  account_id bigint NOT NULL,
  instrument_id bigint NOT NULL,
  opened_on date NOT NULL,
  quantity numeric(18, 4) NOT NULL,
  cost numeric(18, 6) NOT NULL,
  FOREIGN KEY (account_id, instrument_id)
    REFERENCES markets.positions (account_id, instrument_id) ON DELETE CASCADE
);
COMMENT ON TABLE markets.position_lots IS 'Tax lots that make up a position, for cost basis and realised gains.';

CREATE TABLE markets.benchmarks (
  benchmark_code text PRIMARY KEY,
  name text NOT NULL,
  currency_code char(3) NOT NULL REFERENCES reference.currencies (code) ON DELETE RESTRICT,
  provider text NOT NULL
);
COMMENT ON TABLE markets.benchmarks IS 'Market indices used as performance benchmarks.';

CREATE TABLE markets.benchmark_constituents (
  benchmark_code text NOT NULL REFERENCES markets.benchmarks (benchmark_code) ON DELETE CASCADE,
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE CASCADE,
  as_of date NOT NULL,
  weight numeric(9, 6) NOT NULL,
  PRIMARY KEY (benchmark_code, instrument_id, as_of)
);
COMMENT ON TABLE markets.benchmark_constituents IS 'Index membership and weights of instruments per benchmark.';

CREATE TABLE markets.index_levels (
  benchmark_code text NOT NULL REFERENCES markets.benchmarks (benchmark_code) ON DELETE CASCADE,
  level_date date NOT NULL,
  level numeric(18, 6) NOT NULL,
  PRIMARY KEY (benchmark_code, level_date)
);
COMMENT ON TABLE markets.index_levels IS 'Daily closing levels of each benchmark index.';

CREATE TABLE markets.fx_rates (
  base_currency char(3) NOT NULL REFERENCES reference.currencies (code) ON DELETE CASCADE,
  quote_currency char(3) NOT NULL REFERENCES reference.currencies (code) ON DELETE CASCADE,
  rate_date date NOT NULL,
  rate numeric(18, 8) NOT NULL,
  PRIMARY KEY (base_currency, quote_currency, rate_date)
);
COMMENT ON TABLE markets.fx_rates IS 'Daily foreign exchange rates: units of quote currency per unit of base currency.';

CREATE TABLE ops.reconciliation_breaks (
  break_id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES ops.trading_accounts (account_id) ON DELETE NO ACTION,
  instrument_id bigint NOT NULL REFERENCES markets.instruments (instrument_id) ON DELETE NO ACTION,
  detected_on date NOT NULL,
  quantity_diff numeric(18, 4) NOT NULL,
  resolved boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE ops.reconciliation_breaks IS 'Differences between our positions and the custodian statement, until resolved.';

-- archive (served read-only) and warehouse (a legacy source without introspection) -----
CREATE TABLE archive.orders_2019 (
  order_id bigint PRIMARY KEY,
  instrument_symbol text NOT NULL,
  side text NOT NULL,
  quantity numeric(18, 4) NOT NULL,
  placed_at timestamptz NOT NULL
);
COMMENT ON TABLE archive.orders_2019 IS 'Orders of 2019, frozen when the order system was migrated.';

CREATE TABLE archive.fills_2019 (
  fill_id bigint PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES archive.orders_2019 (order_id) ON DELETE CASCADE,
  quantity numeric(18, 4) NOT NULL,
  price numeric(18, 6) NOT NULL
);
COMMENT ON TABLE archive.fills_2019 IS 'Fills of the archived 2019 orders.';

CREATE TABLE archive.trades_2019 (
  trade_id bigint PRIMARY KEY,
  instrument_symbol text NOT NULL,
  quantity numeric(18, 4) NOT NULL,
  price numeric(18, 6) NOT NULL,
  trade_ts timestamptz NOT NULL
);
COMMENT ON TABLE archive.trades_2019 IS 'Trades booked in 2019, kept read-only for audits.';

CREATE TABLE warehouse.revenue_monthly (
  month date NOT NULL,
  client_id bigint NOT NULL,
  revenue numeric(18, 2) NOT NULL,
  PRIMARY KEY (month, client_id)
);
COMMENT ON TABLE warehouse.revenue_monthly IS 'Monthly revenue per client from the legacy finance warehouse.';

CREATE TABLE warehouse.customer_snapshots (
  snapshot_date date NOT NULL,
  client_id bigint NOT NULL,
  segment text NOT NULL,
  assets_under_management numeric(18, 2) NOT NULL,
  PRIMARY KEY (snapshot_date, client_id)
);
COMMENT ON TABLE warehouse.customer_snapshots IS 'Month-end customer segment and assets under management (AUM) snapshots.';
)SQL";

const char* const kDemoLateConstraintsSql = R"SQL(
ALTER TABLE markets.trades
  ADD CONSTRAINT trades_account_id_fkey FOREIGN KEY (account_id)
    REFERENCES ops.trading_accounts (account_id) ON DELETE RESTRICT,
  ADD CONSTRAINT trades_instrument_id_fkey FOREIGN KEY (instrument_id)
    REFERENCES markets.instruments (instrument_id) ON DELETE RESTRICT;
CREATE INDEX trades_instrument_ts_idx ON markets.trades (instrument_id, trade_ts);
)SQL";

} // namespace tsm::seed
