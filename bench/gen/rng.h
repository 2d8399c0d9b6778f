// A small deterministic random generator for the synthetic corpus.
//
// std::uniform_int_distribution and friends differ between standard
// libraries, so the same seed would give different cables on different
// machines; benchmark figures are only comparable when the data is the
// same byte for byte. SplitMix64 plus our own range reduction is.
#ifndef CABLESCOPE_BENCH_GEN_RNG_H_
#define CABLESCOPE_BENCH_GEN_RNG_H_

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace cablescope::gen {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n); n > 0.
  uint32_t Below(uint32_t n) {
    return static_cast<uint32_t>(((Next() >> 32) * static_cast<uint64_t>(n)) >> 32);
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint32_t>(hi - lo + 1))); }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  // Standard normal (Box-Muller).
  double Normal() {
    double u = Unit();
    if (u < 1e-300) u = 1e-300;
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * Unit());
  }

  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(static_cast<uint32_t>(N))];
  }
  template <typename C>
  const auto& PickFrom(const C& items) {
    return items[Below(static_cast<uint32_t>(items.size()))];
  }

 private:
  uint64_t state_;
};

// Mixes a corpus seed and a cable index into the seed of that cable, so
// cable i is the same whatever the format and however many come before.
inline uint64_t CableSeed(uint64_t seed, uint64_t index) {
  Rng r(seed * 0x2545F4914F6CDD1Dull + index);
  r.Next();
  return r.Next();
}

}  // namespace cablescope::gen

#endif  // CABLESCOPE_BENCH_GEN_RNG_H_
