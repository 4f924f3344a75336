// Every decoder fed every fixture, truncated at every byte and with every value replaced
// by each JSON type: each call must give a value or a non-empty error (no crash, no
// exception), and whatever decodes must encode to JSON that decodes to the same encoding.
#include "core/codec/ContractCodec.h"
#include "core/codec/ErrorCodec.h"
#include "core/codec/GraphCodec.h"
#include "core/codec/IntrospectionCodec.h"
#include "core/codec/JsonParse.h"
#include "core/codec/MetaTableCodec.h"
#include "core/codec/OperationCodec.h"
#include "tst_codecfixtures.h"

#include <QtTest>

#include <functional>

using namespace cc;
using namespace cc::test;

namespace {

// Collects what went wrong instead of stopping at the first case, so one run shows the
// extent of a problem.
class Checker {
public:
    void setContext(QString context) { m_context = std::move(context); }

    // A decode gave a value (then `stable` checks it) or a non-empty error.
    template <typename T, typename Stable>
    void check(const char* decoder, const DecodeResult<T>& result, Stable&& stable) {
        ++m_calls;
        if (!result.ok()) {
            if (result.error().message.isEmpty())
                fail(decoder, QStringLiteral("error without a message"));
            return;
        }
        ++m_decoded;
        try {
            if (!stable(result.value()))
                fail(decoder, QStringLiteral("encoding is not stable"));
        } catch (const std::exception& e) {
            fail(decoder, QStringLiteral("encoder threw: ") + QString::fromUtf8(e.what()));
        }
    }

    void fail(const char* decoder, const QString& what) {
        if (m_failures.size() < 20)
            m_failures
                << QStringLiteral("%1 [%2]: %3").arg(m_context, QLatin1String(decoder), what);
        ++m_failureCount;
    }

    int calls() const { return m_calls; }
    int decoded() const { return m_decoded; }
    int failureCount() const { return m_failureCount; }
    QString report() const { return m_failures.join(QLatin1Char('\n')); }

private:
    QString m_context;
    QStringList m_failures;
    int m_calls = 0;
    int m_decoded = 0;
    int m_failureCount = 0;
};

// encode(decode(encode(v))) == encode(v): the encoded form is a fixed point.
template <typename T, typename Encode, typename Decode>
bool stableUnder(const T& value, Encode&& encode, Decode&& decode) {
    const Json first = encode(value);
    const DecodeResult<T> again = decode(first);
    return again.ok() && encode(again.value()) == first;
}

void runJsonDecoders(Checker& c, const Json& doc) {
    c.check("metatable", decodeMetaTable(doc), [](const MetaTable& t) {
        const auto v1 = [](const MetaTable& m) { return encodeMetaTable(m, FieldSet::V1); };
        const auto legacy = [](const MetaTable& m) { return encodeMetaTable(m, FieldSet::Legacy); };
        return stableUnder(t, v1, decodeMetaTable) && stableUnder(t, legacy, decodeMetaTable);
    });
    c.check("page", decodeMetaTablePage(doc), [](const Page<MetaTable>& p) {
        const auto encode = [](const Page<MetaTable>& page) { return encodeMetaTablePage(page); };
        return stableUnder(p, encode, decodeMetaTablePage);
    });
    c.check("datasource", decodeDataSource(doc),
            [](const DataSource& d) { return stableUnder(d, encodeDataSource, decodeDataSource); });
    c.check("datasources", decodeDataSourceList(doc), [](const std::vector<DataSource>& list) {
        for (const DataSource& d : list)
            if (!stableUnder(d, encodeDataSource, decodeDataSource))
                return false;
        return true;
    });
    c.check("namespaces", decodeNamespaces(doc), [](const std::vector<NamespaceInfo>& list) {
        return stableUnder(list, encodeNamespaces, decodeNamespaces);
    });
    c.check("column", decodeColumnPayload(doc), [](const Column& v) {
        return stableUnder(v, encodeColumnPayload, decodeColumnPayload);
    });
    c.check("index", decodeIndexPayload(doc),
            [](const Index& v) { return stableUnder(v, encodeIndexPayload, decodeIndexPayload); });
    c.check("fk", decodeForeignKeyPayload(doc), [](const ForeignKey& v) {
        const auto encode = [](const ForeignKey& fk) {
            return encodeForeignKeyPayload(fk, FieldSet::V1);
        };
        return stableUnder(v, encode, decodeForeignKeyPayload);
    });
    c.check("contract", decodeTableContract(doc), [](const TableContract& v) {
        return stableUnder(v, encodeTableContract, decodeTableContract) &&
               stableUnder(normalizeContract(v), encodeTableContract, decodeTableContract);
    });
    c.check("validate", decodeValidateReply(doc), [](const ValidateReply& v) {
        return stableUnder(v, encodeValidateReply, decodeValidateReply);
    });
    c.check("graph", decodeSchemaGraph(doc), [](const SchemaGraph& v) {
        return stableUnder(v, encodeSchemaGraph, decodeSchemaGraph);
    });
    c.check("snapshot", decodeIntrospectionSnapshot(doc), [](const IntrospectionSnapshot& v) {
        return stableUnder(v, encodeIntrospectionSnapshot, decodeIntrospectionSnapshot);
    });
    c.check("introspect", decodeIntrospectReply(doc), [](const IntrospectReply& v) {
        return stableUnder(v, encodeIntrospectReply, decodeIntrospectReply);
    });
    c.check("operation", decodeCompiledSqlOperation(doc), [](const CompiledSqlOperation& v) {
        return stableUnder(v, encodeCompiledSqlOperation, decodeCompiledSqlOperation);
    });
}

bool executeReplyStable(const ExecuteReply& reply) {
    const std::string first = encodeExecuteReply(reply);
    const DecodeResult<ExecuteReply> again = decodeExecuteReply(QByteArray::fromStdString(first));
    return again.ok() && encodeExecuteReply(again.value()) == first;
}

// The streaming reader (bytes) and the document reader must agree on everything,
// errors included.
void compareExecuteReaders(Checker& c, const QByteArray& bytes,
                           const DecodeResult<ExecuteReply>& streamed) {
    const DecodeResult<OrderedJson> document = parseOrderedJson(bytes);
    const DecodeResult<ExecuteReply> fromDocument =
        document ? decodeExecuteReply(document.value())
                 : DecodeResult<ExecuteReply>(document.error());
    const bool agree =
        streamed.ok() == fromDocument.ok() &&
        (streamed.ok() ? streamed.value() == fromDocument.value()
                       : streamed.error().toString() == fromDocument.error().toString());
    if (!agree)
        c.fail("execute",
               QStringLiteral("streamed and document readers disagree: %1 / %2")
                   .arg(streamed ? QStringLiteral("value") : streamed.error().toString(),
                        fromDocument ? QStringLiteral("value") : fromDocument.error().toString()));
}

void runByteDecoders(Checker& c, const QByteArray& bytes) {
    const DecodeResult<ExecuteReply> streamed = decodeExecuteReply(bytes);
    c.check("execute", streamed, executeReplyStable);
    compareExecuteReaders(c, bytes, streamed);
    try {
        const ErrorBody body = decodeErrorBody(bytes);
        if (body.message.size() > 301)
            c.fail("error", QStringLiteral("message longer than the cut"));
    } catch (...) {
        c.fail("error", QStringLiteral("threw"));
    }
}

// Every JSON pointer in a document, the root included. Inside arrays only the first
// element is walked into (later ones are only replaced whole): elements of one array
// share their shape, and a page of ten tables would otherwise cost ten times as much.
template <typename JsonT>
void collectPointers(const JsonT& value, const typename JsonT::json_pointer& at,
                     std::vector<typename JsonT::json_pointer>& out) {
    out.push_back(at);
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            collectPointers(it.value(), at / it.key(), out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i == 0)
                collectPointers(value[i], at / i, out);
            else
                out.push_back(at / i);
        }
    }
}

// Every prefix length of documents up to 5 kB; of larger ones (pages, fixtures other tests
// add), the first and last 256 and an even spread in between.
std::vector<qsizetype> prefixLengths(qsizetype size) {
    std::vector<qsizetype> out;
    if (size <= 5000) {
        for (qsizetype n = 0; n <= size; ++n)
            out.push_back(n);
        return out;
    }
    for (qsizetype n = 0; n < 256; ++n)
        out.push_back(n);
    for (qsizetype n = 256; n < size - 256; n += size / 512)
        out.push_back(n);
    for (qsizetype n = size - 256; n <= size; ++n)
        out.push_back(n);
    return out;
}

// Fixtures whose bytes go to the byte-level decoders (execute replies, error bodies)
// even when they do not parse.
bool isByteLevel(const QString& name) {
    for (const char* prefix : {"f09", "f11", "f13", "execute", "malformed-execute", "error"})
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

// One value of each JSON type, and the awkward ones: huge numbers, empty containers,
// deep nesting.
std::vector<Json> replacements() {
    const Json deep = Json::parse(std::string(200, '[') + std::string(200, ']'));
    return {nullptr,
            true,
            false,
            0,
            -1,
            1.5,
            1e308,
            std::numeric_limits<std::uint64_t>::max(),
            std::numeric_limits<std::int64_t>::min(),
            "",
            "x",
            "2026-01-01T00:00:00Z",
            Json::array(),
            Json::object(),
            Json::array({nullptr}),
            Json{{"", nullptr}},
            deep};
}

QStringList jsonFixtures() {
    QStringList names;
    for (const QString& name : fixtureNames())
        if (parseJson(fixtureBytes(name)).ok())
            names << name;
    return names;
}

} // namespace

class TestCodecRobustness : public QObject {
    Q_OBJECT

private slots:
    void fixturesDecodeWholeAndInParts() {
        // Every decoder on every sub-value of every fixture: most are the wrong shape,
        // none may crash.
        Checker c;
        for (const QString& name : jsonFixtures()) {
            const Json doc = fixtureJson(name);
            std::vector<Json::json_pointer> pointers;
            collectPointers(doc, Json::json_pointer(), pointers);
            for (const Json::json_pointer& p : pointers) {
                c.setContext(name + QLatin1Char(' ') + QString::fromStdString(p.to_string()));
                runJsonDecoders(c, doc[p]);
            }
        }
        QVERIFY2(c.failureCount() == 0, qPrintable(c.report()));
        QVERIFY(c.decoded() > 100); // the fixtures themselves decode
        qInfo("%d decodes, %d values", c.calls(), c.decoded());
    }

    void everyPrefix() {
        Checker c;
        QStringList names = fixtureNames();
        names << fixtureNames(QStringLiteral("*.html"));
        for (const QString& name : names) {
            const DecodeResult<Json> whole = parseJson(fixtureBytes(name));
            // Compact text: every prefix of it cuts the document somewhere new.
            const QByteArray text =
                whole ? QByteArray::fromStdString(whole.value().dump()) : fixtureBytes(name);
            const bool byteLevel = isByteLevel(name) || !whole;
            for (const qsizetype n : prefixLengths(text.size())) {
                const QByteArray prefix = text.left(n);
                c.setContext(QStringLiteral("%1 first %2 bytes").arg(name).arg(n));
                const DecodeResult<Json> parsed = parseJson(prefix);
                if (parsed)
                    runJsonDecoders(c, parsed.value());
                else if (parsed.error().message.isEmpty())
                    c.fail("parse", QStringLiteral("error without a message"));
                if (parsed || byteLevel)
                    runByteDecoders(c, prefix);
            }
        }
        QVERIFY2(c.failureCount() == 0, qPrintable(c.report()));
        qInfo("%d decodes, %d values", c.calls(), c.decoded());
    }

    void everyValueReplaced() {
        Checker c;
        const std::vector<Json> values = replacements();
        for (const QString& name : jsonFixtures()) {
            // Pages that embed the F3 table again, and variants that are already
            // malformed, add time but no new shapes (the other tests still cover them).
            if (name.startsWith(QLatin1String("malformed")) ||
                name.startsWith(QLatin1String("f04")) ||
                name.startsWith(QLatin1String("list-page")))
                continue;
            const Json doc = fixtureJson(name);
            std::vector<Json::json_pointer> pointers;
            collectPointers(doc, Json::json_pointer(), pointers);
            for (const Json::json_pointer& p : pointers) {
                const QString where =
                    name + QLatin1Char(' ') + QString::fromStdString(p.to_string());
                for (std::size_t v = 0; v < values.size(); ++v) {
                    Json mutated = doc;
                    mutated[p] = values[v];
                    c.setContext(where + QStringLiteral(" := ") +
                                 QString::fromStdString(values[v].dump()).left(20));
                    runJsonDecoders(c, mutated);
                }
                if (!p.empty() && doc[p.parent_pointer()].is_object()) {
                    Json removed = doc;
                    removed[p.parent_pointer()].erase(p.back());
                    c.setContext(where + QStringLiteral(" removed"));
                    runJsonDecoders(c, removed);
                }
            }
        }
        QVERIFY2(c.failureCount() == 0, qPrintable(c.report()));
        qInfo("%d decodes, %d values", c.calls(), c.decoded());
    }

    void executeAndErrorBodiesMutated() {
        // The byte-level decoders, on the fixtures they are meant for.
        Checker c;
        const std::vector<Json> values = replacements();
        for (const QString& name : jsonFixtures()) {
            if (!name.startsWith(QLatin1String("f09")) &&
                !name.startsWith(QLatin1String("execute")) &&
                !name.startsWith(QLatin1String("malformed-execute")) &&
                !name.startsWith(QLatin1String("error")) && !name.startsWith(QLatin1String("f13")))
                continue;
            const OrderedJson doc = fixtureOrderedJson(name);
            std::vector<OrderedJson::json_pointer> pointers;
            collectPointers(doc, OrderedJson::json_pointer(), pointers);
            for (const OrderedJson::json_pointer& p : pointers) {
                for (const Json& value : values) {
                    OrderedJson mutated = doc;
                    mutated[p] = OrderedJson::parse(value.dump());
                    c.setContext(name + QLatin1Char(' ') + QString::fromStdString(p.to_string()));
                    c.check("execute json", decodeExecuteReply(mutated), executeReplyStable);
                    runByteDecoders(c, QByteArray::fromStdString(mutated.dump()));
                }
            }
        }
        QVERIFY2(c.failureCount() == 0, qPrintable(c.report()));
        QVERIFY(c.decoded() > 0);
        qInfo("%d decodes, %d values", c.calls(), c.decoded());
    }

    void hostileDocuments() {
        Checker c;
        c.setContext(QStringLiteral("hostile"));
        const QByteArray deep = QByteArray(50000, '[') + QByteArray(50000, ']');
        const QByteArray deepObject = QByteArray(50000, '{');
        for (const QByteArray& bytes :
             {deep, deepObject, QByteArrayLiteral("[1e400]"),
              QByteArrayLiteral("{\"rows\": [1e999]}"), QByteArrayLiteral("\"\\ud800\""),
              QByteArray("\x00\x01\x02", 3),
              QByteArrayLiteral("{\"rows\": [{\"a\": 1, \"a\": 2}]}"), QByteArray(100000, ' ')}) {
            const DecodeResult<Json> parsed = parseJson(bytes);
            if (parsed)
                runJsonDecoders(c, parsed.value());
            runByteDecoders(c, bytes);
        }
        QVERIFY2(c.failureCount() == 0, qPrintable(c.report()));
        // A wide and long row page with keys in varying order still decodes.
        std::string rows = "{\"rows\": [";
        for (int r = 0; r < 300; ++r) {
            rows += r ? ",{" : "{";
            for (int k = 0; k < 40; ++k) {
                const int key = (k * 7 + r) % 40;
                rows += (k ? ",\"c" : "\"c") + std::to_string(key) + "\":" + std::to_string(r);
            }
            rows += "}";
        }
        rows += "]}";
        const DecodeResult<ExecuteReply> reply =
            decodeExecuteReply(QByteArray::fromStdString(rows));
        QVERIFY(reply.ok());
        QCOMPARE(reply.value().rows->columnCount(), 40);
        QCOMPARE(reply.value().rows->rowCount(), 300);
        const RowSet& set = *reply.value().rows;
        QCOMPARE(set.displayText(299, set.columnIndex(QStringLiteral("c5"))),
                 QStringLiteral("299"));
    }
};

QTEST_APPLESS_MAIN(TestCodecRobustness)
#include "tst_codecrobustness.moc"
