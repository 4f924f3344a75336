#pragma once

namespace cc::cli {

class CliContext;

// Each command parses its own arguments, starts its requests and eventually calls
// CliContext::finish(). They return at once; main() runs the event loop.
void runSearch(CliContext& ctx);
void runShow(CliContext& ctx);
void runGraph(CliContext& ctx);
void runQuery(CliContext& ctx);
void runDependents(CliContext& ctx);
void runIntrospect(CliContext& ctx);
void runValidate(CliContext& ctx);

} // namespace cc::cli
