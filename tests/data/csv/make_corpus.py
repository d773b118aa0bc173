#!/usr/bin/env python3
"""Writes the CSV test corpus (run from anywhere; the files are committed as binary).

good/   real-world shapes that must import cleanly
broken/ one malformation each; tests/cli/test_cli_corpus.cpp knows the line each must name
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


EN = "code,name,class,subtype,confidentiality,integrity,availability\n"


def en(rows):
    return (EN + "".join(r + "\n" for r in rows)).encode("utf-8")


# ---- good -------------------------------------------------------------------------------------

# An IPA 付録7-style ledger as Excel in Japan saves it: CP932, CRLF, a quoted note over three
# lines, NEC/IBM extension characters, full-width digits, ○/× flags, no class or subtype.
ipa = (
    "管理番号,業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,個人情報,要配慮個人情報,"
    "特定個人情報,機密性,完全性,可用性,重要度,保存期限,登録日\r\n"
    "IPA-001,介護保険請求,利用者台帳,\"要介護度を含む。\r\n国保連伝送の元データ。\r\n㈱髙橋ケア提供\","
    "業務部,業務部,請求DB(①系),○,○,×,３,3,2,3,契約終了後5年,2024/04/01\r\n"
    "IPA-002,総務,社員名簿,,総務部,総務部,ファイルサーバ,○,×,×,2,2,1,3,退職後3年,2024/04/01\r\n"
    "IPA-003,経理,請求書控え,\"\"\"控え\"\"は紙でも保管\",経理部,経理部,書庫,×,×,×,2,2,1,2,7年,"
    "2024/04/01\r\n"
    "IPA-004,人事,マイナンバー台帳,,人事部,人事部,金庫,○,×,○,3,3,1,3,法定期間,2024/04/01\r\n"
    "IPA-005,システム,VPN鍵,管理者PCのみ,情報システム部,情報システム部,管理PC,×,×,×,3,3,3,3,"
    "更新まで,2024/04/01"  # last line without a line end
)
write("good/ipa-ledger-cp932.csv", ipa.encode("cp932"))

# English headers, UTF-8 with BOM, semicolons (a European Excel), a quoted semicolon.
semi = (
    "Asset ID;Asset name;Asset class;Subtype;Owner;Location;Confidentiality;Integrity;"
    "Availability;Personal data;Notes\n"
    "EN-1;Billing web servers;customer;physical;Operations;Data center rack A;2;3;3;none;"
    "\"redundant; two nodes\"\n"
    "EN-2;Billing DB;customer;software;Operations;Data center;3;3;3;special-care;\n"
    "EN-3;Backup tapes;internal;media;IT;Tokyo safe;3;2;1;personal;\"=not a formula\"\n"
)
write("good/english-semicolon-utf8bom.csv", b"\xef\xbb\xbf" + semi.encode("utf-8"))

# Excel's "Unicode text": UTF-16 LE with BOM, tab-separated; and a UTF-16 BE file.
uni = (
    "管理番号\t情報資産名称\t資産区分\t種別\t機密性\t完全性\t可用性\r\n"
    "U-1\t試験用DB\t試験環境用\tソフトウェア\t2\t2\t1\r\n"
    "U-2\t社内ファイルサーバ\tその他社内用\t物理資産\t2\t2\t2\r\n"
)
write("good/unicode-text-utf16le.csv", b"\xff\xfe" + uni.encode("utf-16-le"))
write("good/utf16be.csv", b"\xfe\xff" + uni.replace("\t", ",").encode("utf-16-be"))

# ---- broken -----------------------------------------------------------------------------------

write("broken/unterminated-quote.csv", en(["A-1,ok,internal,data,1,1,1",
                                           "A-2,\"never closed,internal,data,1,1,1",
                                           "A-3,x,internal,data,1,1,1"]))
write("broken/stray-quote.csv", en(["A-1,ok,internal,data,1,1,1",
                                    "A-2,ok,internal,data,1,1,1",
                                    "A-3,12\" rack,internal,physical,1,1,1"]))
write("broken/text-after-quote.csv", en(["A-1,\"quoted\"tail,internal,data,1,1,1"]))
write("broken/nul-byte.csv", en(["A-1,ok,internal,data,1,1,1",
                                 "A-2,n\x00l,internal,data,1,1,1"]))
write("broken/ragged-rows.csv", en(["A-1,ok,internal,data,1,1,1",
                                    "A-2,short,internal,data,1",
                                    "A-3,ok,internal,data,1,1,1"]))
write("broken/unknown-class.csv", en(["A-1,ok,internal,data,1,1,1",
                                      "A-2,ok,internal,data,1,1,1",
                                      "A-3,ok,external,data,1,1,1"]))
write("broken/cia-out-of-range.csv", en(["A-1,ok,internal,data,1,1,1",
                                         "A-2,ok,internal,data,1,5,1"]))
write("broken/media-on-customer.csv", en(["A-1,tapes,customer,media,1,1,1"]))
write("broken/duplicate-codes.csv", en(["A-1,ok,internal,data,1,1,1",
                                        "A-2,ok,internal,data,1,1,1",
                                        "A-1,again,internal,data,1,1,1"]))
write("broken/empty.csv", b"")
write("broken/header-only.csv", EN.encode("utf-8"))
# A UTF-8 file (BOM) with bytes that are not UTF-8 on line 4.
write("broken/invalid-utf8.csv", b"\xef\xbb\xbf" + en(["A-1,ok,internal,data,1,1,1",
                                                       "A-2,ok,internal,data,1,1,1"])
      + b"A-3,\xff\xfe bad,internal,data,1,1,1\n")
# Binary garbage: a PNG header (its NUL is on line 3).
write("broken/binary-garbage.csv",
      b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
      + bytes(range(256)))
# Wrong encoding is tested by reading good/ipa-ledger-cp932.csv with --encoding utf-8.
