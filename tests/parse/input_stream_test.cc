#include "parse/input_stream.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "parse/cable_reader.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

namespace fs = std::filesystem;

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

fs::path WriteTemp(const std::string& name, const std::string& bytes) {
  fs::path p = cablescope::testing::TempDir() / name;
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

// A cable-sized text that compresses but is not trivial.
std::string SomeText(size_t lines) {
  std::string s;
  for (size_t i = 0; i < lines; ++i) {
    s += "2. (C) PARAGRAPH LINE " + std::to_string(i * 7919 % 100003) + " OF THE TEXT.\n";
  }
  return s;
}

std::string ReadEverything(InputStream* stream) {
  std::string out;
  EXPECT_TRUE(ReadAll(stream, 1u << 30, &out)) << stream->error();
  return out;
}

TEST(InputStreamTest, FromStringAndReadAll) {
  auto s = InputStream::FromString("UNCLAS STATE 000001");
  std::string out;
  EXPECT_TRUE(ReadAll(s.get(), 100, &out));
  EXPECT_EQ(out, "UNCLAS STATE 000001");
  EXPECT_TRUE(s->error().empty());
}

TEST(InputStreamTest, ReadAllStopsAtTheLimit) {
  std::string out;
  auto exact = InputStream::FromString("12345");
  EXPECT_TRUE(ReadAll(exact.get(), 5, &out));
  EXPECT_EQ(out, "12345");
  auto over = InputStream::FromString("123456");
  EXPECT_FALSE(ReadAll(over.get(), 5, &out));
  EXPECT_EQ(out, "12345");
}

TEST(InputStreamTest, WithPrefixYieldsHeadThenRest) {
  auto s = InputStream::WithPrefix("HEAD|", InputStream::FromString("REST"));
  EXPECT_EQ(ReadEverything(s.get()), "HEAD|REST");
  auto no_rest = InputStream::WithPrefix("ONLY", nullptr);
  EXPECT_EQ(ReadEverything(no_rest.get()), "ONLY");
}

TEST(InputStreamTest, OpensPlainFiles) {
  const std::string text = SomeText(50000);  // ~2 MB: several read blocks
  fs::path p = WriteTemp("plain.txt", text);
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr) << error;
  EXPECT_EQ(ReadEverything(s.get()), text);
}

TEST(InputStreamTest, MissingFileAndDirectoryAreErrors) {
  std::string error;
  EXPECT_EQ(InputStream::Open("/nonexistent/cable.txt", &error), nullptr);
  EXPECT_FALSE(error.empty());
  error.clear();
  EXPECT_EQ(InputStream::Open(cablescope::testing::TempDir().string(), &error), nullptr);
  EXPECT_EQ(error, "is a directory");
}

TEST(InputStreamTest, GzipIsDetectedByMagicUnderAnyName) {
  const std::string text = SomeText(50000);
  fs::path p = WriteTemp("looks-plain.txt", Gzip(text));
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr) << error;
  EXPECT_EQ(ReadEverything(s.get()), text);
}

TEST(InputStreamTest, ConcatenatedGzipMembersAreOneInput) {
  const std::string a = SomeText(1000), b = SomeText(3000);
  fs::path p = WriteTemp("two.gz", Gzip(a) + Gzip("") + Gzip(b));
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr) << error;
  EXPECT_EQ(ReadEverything(s.get()), a + b);
}

TEST(InputStreamTest, TruncatedGzipSetsError) {
  const std::string text = SomeText(50000);
  std::string gz = Gzip(text);
  gz.resize(gz.size() * 2 / 3);
  fs::path p = WriteTemp("cut.gz", gz);
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr) << error;
  std::string out;
  EXPECT_FALSE(ReadAll(s.get(), 1u << 30, &out));
  EXPECT_NE(s->error().find("truncated gzip"), std::string::npos) << s->error();
  EXPECT_GT(out.size(), 0u);
  EXPECT_EQ(text.compare(0, out.size(), out), 0);  // what came out is a true prefix
}

TEST(InputStreamTest, SmallTruncatedGzipStillOpensWithError) {
  std::string gz = Gzip("UNCLAS STATE 000001\n");
  gz.resize(gz.size() - 6);  // cut the trailer
  fs::path p = WriteTemp("tiny-cut.gz", gz);
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr) << error;
  std::string out;
  EXPECT_FALSE(ReadAll(s.get(), 1u << 20, &out));
  EXPECT_NE(s->error().find("truncated"), std::string::npos);
}

TEST(InputStreamTest, BrokenGzipHeaderFailsToOpen) {
  fs::path p = WriteTemp("bad.gz", std::string("\x1f\x8b\x63\xff garbage that is not deflate"));
  std::string error;
  EXPECT_EQ(InputStream::Open(p.string(), &error), nullptr);
  EXPECT_NE(error.find("gzip"), std::string::npos) << error;
}

TEST(InputStreamTest, OneByteFileIsNotMistakenForGzip) {
  fs::path p = WriteTemp("one.txt", "\x1f");
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(ReadEverything(s.get()), "\x1f");
}

TEST(InputStreamTest, DashIsStandardInputAndMayBeGzip) {
  const std::string text = SomeText(2000);
  fs::path p = WriteTemp("stdin.gz", Gzip(text));
  const int saved = dup(0);
  const int fd = open(p.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, 0);
  close(fd);
  std::string error;
  auto s = InputStream::Open("-", &error);
  std::string out;
  if (s != nullptr) ReadAll(s.get(), 1u << 30, &out);
  s.reset();
  dup2(saved, 0);
  close(saved);
  EXPECT_TRUE(error.empty()) << error;
  EXPECT_EQ(out, text);
}

TEST(InputStreamTest, GzipStreamFeedsAReader) {
  fs::path p =
      WriteTemp("cable.gz", Gzip("\n\"1\",\"1/2/2000 3:04\",\"00A1\",\"E\",\"U\",\"\",\"H\","
                                 "\"BODY\"\n"));
  std::string error;
  auto s = InputStream::Open(p.string(), &error);
  ASSERT_NE(s, nullptr);
  auto reader = OpenCableReader(std::move(s), p.string(), Format::kAuto, nullptr);
  CableChunk chunk;
  ASSERT_TRUE(reader->Next(&chunk));
  EXPECT_EQ(chunk.format, Format::kCablesCsv);
  EXPECT_EQ(chunk.text, "BODY");
  EXPECT_FALSE(reader->Next(&chunk));
  EXPECT_EQ(reader->error_count(), 0u);
}

}  // namespace
}  // namespace cablescope::parse
