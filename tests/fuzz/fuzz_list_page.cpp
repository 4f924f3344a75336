// decodeMetaTablePage: a paged (or bare array) MetaTable list reply (spec §1.4).
#include "FuzzInput.h"

#include "core/codec/MetaTableCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cc::fuzz::decodeAndRoundTrip(cc::fuzz::bytesOf(data, size), cc::decodeMetaTablePage,
                                 [](const cc::Page<cc::MetaTable>& page) {
                                     return cc::encodeMetaTablePage(page, cc::FieldSet::V1);
                                 });
    return 0;
}
