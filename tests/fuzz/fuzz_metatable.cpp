// decodeMetaTable: a MetaTable detail reply (spec §2.3), any bytes.
#include "FuzzInput.h"

#include "core/codec/MetaTableCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = cc::fuzz::bytesOf(data, size);
    cc::fuzz::decodeAndRoundTrip(bytes, cc::decodeMetaTable, [](const cc::MetaTable& table) {
        return cc::encodeMetaTable(table, cc::FieldSet::V1);
    });
    cc::fuzz::decodeAndRoundTrip(bytes, cc::decodeMetaTable, [](const cc::MetaTable& table) {
        return cc::encodeMetaTable(table, cc::FieldSet::Legacy);
    });
    return 0;
}
