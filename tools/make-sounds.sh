#!/usr/bin/env bash
# tools/make-sounds.sh — regenerate every sound of "Exhibit 1937" from scratch.
#
# Every sound is synthesised here with SoX (oscillators, noise, filters, envelopes,
# reverb). Nothing is downloaded, sampled or recorded.
#
# Needs (Debian 12 "bookworm" packages):
#   apt-get install -y --no-install-recommends sox libsox-fmt-base libsox-fmt-mp3
#     sox              SoX 14.4.2 (sox, soxi)
#     libsox-fmt-base  Ogg Vorbis writer
#     libsox-fmt-mp3   MP3 writer (LAME)
#   plus bash, coreutils and awk (all in a base install).
#
# Writes (and overwrites) assets/audio/:
#   sfx.ogg, sfx.mp3, sfx.json   one sprite: effects + text blips; sfx.json maps
#                                name -> [offsetMs, durationMs]
#   room-{veksal,court,bluehouse}.{ogg,mp3}        room-tone loops (10 s, very quiet)
#   music-{calm,tense}.{ogg,mp3}                   music loops (24 s, 19.2 s)
#   music-breakthrough.{ogg,mp3}                   short triumphant cue (~9 s, not a loop)
#   music-pressing.{ogg,mp3}                       urgent loop after an objection (~7.3 s)
#
# Deterministic: `sox -R` seeds SoX's random generators identically on every run,
# so the same SoX build produces byte-identical files each time.
#
# Levels: effects peak at -3 dBFS (softer ones -5..-10 dBFS: see each `norm` line), music at -4 dBFS,
# room tones -22..-24 dBFS peak (-34..-36 dBFS RMS). Everything is normalised after mixing, so nothing clips.
#
# Usage: bash tools/make-sounds.sh          (from any directory; takes a few seconds)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/assets/audio"
RATE=44100        # synthesis rate for everything
ROOM_RATE=22050   # room tones are all hush and tick; half rate keeps them small

for bin in sox soxi awk; do
  command -v "$bin" >/dev/null || {
    echo "make-sounds: '$bin' not found. apt-get install -y --no-install-recommends sox libsox-fmt-base libsox-fmt-mp3" >&2
    exit 1
  }
done
for fmt in vorbis mp3; do
  sox -h 2>/dev/null | grep -qw "$fmt" || {
    echo "make-sounds: SoX cannot write $fmt. apt-get install -y --no-install-recommends libsox-fmt-base libsox-fmt-mp3" >&2
    exit 1
  }
done

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$OUT"

# ----------------------------------------------------------------------------
# helpers. Intermediate files are 24-bit mono WAVs in $T, named without extension.
SOX=(sox -R -V2)                       # -R repeatable randomness; -V2 prints warnings (clipping)
W() { printf '%s/%s.wav' "$T" "$1"; }
calc() { awk "BEGIN{printf \"%.6f\", $1}"; }
hz() { awk -v m="$1" 'BEGIN{printf "%.3f", 440*2^((m-69)/12)}'; }   # MIDI note -> Hz

# gen NAME synth ARGS... [EFFECTS...]   synthesise a mono sound from nothing. SoX's
#                                oscillators are full scale, so 10 dB of headroom is put
#                                in right after the synth arguments (filters ring over 0 dBFS
#                                otherwise); every sound is normalised at the end anyway.
HEADROOM=(gain -10)
EFFECT_NAMES=" band bandpass bend fade gain highpass lowpass overdrive pad reverb rate remix sinc tremolo trim equalizer "
gen() {
  local n=$1 a
  shift
  local args=() done_=0
  for a in "$@"; do
    if ((!done_)) && [[ $EFFECT_NAMES == *" $a "* ]]; then args+=("${HEADROOM[@]}"); done_=1; fi
    args+=("$a")
  done
  ((done_)) || args+=("${HEADROOM[@]}")
  "${SOX[@]}" -r "$RATE" -c 1 -n -b 24 "$(W "$n")" "${args[@]}"
}
# fx IN OUT EFFECTS...           process a file
fx() { local i=$1 o=$2; shift 2; "${SOX[@]}" "$(W "$i")" -b 24 "$(W "$o")" "$@"; }
# silence NAME SECONDS
silence() { "${SOX[@]}" -r "$RATE" -c 1 -n -b 24 "$(W "$1")" trim 0 "$2"; }
# at IN OUT SECONDS              delay a sound (pad silence in front)
at() { fx "$1" "$2" pad "$3"; }
# mixv OUT VOL IN VOL IN ...     sum several sounds with volumes (no automatic 1/n)
mixv() {
  local o=$1; shift
  local args=()
  while (($#)); do args+=(-v "$1" "$(W "$2")"); shift 2; done
  if ((${#args[@]} == 3)); then "${SOX[@]}" "${args[@]}" -b 24 "$(W "$o")"; return; fi
  "${SOX[@]}" -m "${args[@]}" -b 24 "$(W "$o")"
}
# catw OUT IN...                 concatenate
catw() {
  local o=$1; shift
  local args=() f
  for f in "$@"; do args+=("$(W "$f")"); done
  if ((${#args[@]} == 1)); then cp "${args[0]}" "$(W "$o")"; return; fi
  "${SOX[@]}" "${args[@]}" -b 24 "$(W "$o")"
}
# chord NAME DUR TYPE MIDIS EFFECTS...   equal mix of synth voices, MIDIS like 62+65+69
chord() {
  local o=$1 d=$2 type=$3 midis=$4; shift 4
  local ms m args=(synth "$d")
  IFS=+ read -ra ms <<<"$midis"
  for m in "${ms[@]}"; do args+=("$type" "$(hz "$m")"); done
  "${SOX[@]}" -r "$RATE" -c "${#ms[@]}" -n -c 1 -b 24 "$(W "$o")" "${args[@]}" remix - "${HEADROOM[@]}" "$@"
}
# events OUT SOUND "t1 t2 ..."   the same sound at several times, summed
events() {
  local o=$1 s=$2 t i=0 parts=()
  for t in $3; do at "$s" "${o}_e$i" "$t"; parts+=(1 "${o}_e$i"); i=$((i + 1)); done
  mixv "$o" "${parts[@]}"
}
# loopify IN OUT LEN XF          IN is LEN+XF long; its last XF seconds are cross-faded
#                                (equal power) into its start, so OUT (LEN long) loops
#                                without a seam.
loopify() {
  local i=$1 o=$2 len=$3 xf=$4
  fx "$i" "${o}_head" trim 0 "$xf" fade q "$xf"
  fx "$i" "${o}_tail" trim "$len" "$xf" fade q 0 "$xf" "$xf"
  mixv "${o}_xf" 1 "${o}_head" 1 "${o}_tail"
  fx "$i" "${o}_body" trim "$xf" "$(calc "$len - $xf")"
  catw "$o" "${o}_xf" "${o}_body"
}
# norm IN OUT PEAK_DB            normalise peak level
norm() { fx "$1" "$2" gain -n "$3"; }
# encode IN BASENAME OGG_QUALITY MP3_KBPS [RATE]
encode() {
  local i=$1 base=$2 q=$3 kbps=$4 r=${5:-$RATE}
  local rate_fx=()
  [[ $r != "$RATE" ]] && rate_fx=(rate -v "$r")
  "${SOX[@]}" "$(W "$i")" -C "$q" "$OUT/$base.ogg" "${rate_fx[@]}"
  "${SOX[@]}" "$(W "$i")" -C "$kbps" "$OUT/$base.mp3" "${rate_fx[@]}"
}

# ----------------------------------------------------------------------------
# music sequencer. A part is "NOTE:BEATS ..." where NOTE is a MIDI number, a chord
# (MIDI+MIDI+...) or r (rest). VOICE is a function VOICE OUT DURATION NOTE.
part() {
  local o=$1 beat=$2 voice=$3 notes=$4 tok m b d i=0 parts=()
  for tok in $notes; do
    m=${tok%%:*}
    b=${tok##*:}
    d=$(calc "$b * $beat")
    if [[ $m == r ]]; then silence "${o}_$i" "$d"; else "$voice" "${o}_$i" "$d" "$m"; fi
    parts+=("${o}_$i")
    i=$((i + 1))
  done
  catw "$o" "${parts[@]}"
}
# voices
v_piano() { chord "$1" "$2" pluck "$3" lowpass 3200 fade q 0.004 "$2" "$(calc "$2 * 0.3")"; }
v_bass() { chord "$1" "$2" pluck "$3" lowpass 900 fade q 0.004 "$2" "$(calc "$2 * 0.4")"; }
v_organ() { chord "$1" "$2" triangle "$3" tremolo 5.2 7 lowpass 1500 fade h 0.18 "$2" 0.3; }
v_pulse() { chord "$1" "$2" triangle "$3" lowpass 500 fade l 0.004 "$2" "$(calc "$2 - 0.005")"; }
v_brass() { chord "$1" "$2" sawtooth "$3" lowpass 1900 equalizer 1100 1q 3 fade h 0.035 "$2" 0.07; }
v_tick() { gen "$1" synth 0.03 sine 1750 fade l 0 0.03 0.029 pad 0 "$(calc "$2 - 0.03")"; }
v_strings() { chord "$1" "$2" sawtooth "$3" lowpass 1100 tremolo 6 5 fade h 0.25 "$2" 0.35; }

# ============================================================================
# EFFECTS
# ============================================================================
echo "make-sounds: effects"

# gavel: two wooden strikes in a big room
gen g_body synth 0.3 sine 175 fade l 0.001 0.3 0.29
gen g_ring synth 0.12 sine 430 fade l 0.001 0.12 0.119
gen g_wood synth 0.06 brownnoise lowpass 2200 fade l 0.001 0.06 0.059
gen g_click synth 0.012 whitenoise highpass 1800 fade l 0 0.012 0.011
mixv g_hit 0.7 g_body 0.35 g_ring 0.8 g_wood 0.25 g_click
fx g_hit g_hit2 gain -2
at g_hit2 g_hit2d 0.34
mixv g_two 1 g_hit 1 g_hit2d
fx g_two g_rev pad 0 0.45 reverb 35 60 80 10
norm g_rev fx-gavel -3

# paper: a page lifted, turned and laid down
gen pa_rustle synth 0.5 pinknoise highpass 900 band 3600 2400 tremolo 23 65 tremolo 37 40 fade h 0.06 0.5 0.25
gen pa_swish synth 0.3 whitenoise band 2200 1800 fade h 0.15 0.3 0.15
gen pa_flap synth 0.07 brownnoise highpass 150 lowpass 1800 fade l 0.002 0.07 0.068
at pa_swish pa_swish_d 0.12
at pa_flap pa_flap_d 0.46
mixv pa_mix 0.8 pa_rustle 0.5 pa_swish_d 0.9 pa_flap_d
fx pa_mix pa_rev pad 0 0.08 reverb 15 70 30
norm pa_rev fx-paper -3

# stamp: rubber stamp thump with a paper slap
gen st_body synth 0.22 sine 110:55 fade l 0.002 0.22 0.21
gen st_thud synth 0.09 brownnoise lowpass 700 fade l 0.001 0.09 0.088
gen st_slap synth 0.018 whitenoise band 2600 1200 fade l 0 0.018 0.017
mixv st_mix 1 st_body 0.7 st_thud 0.3 st_slap
fx st_mix st_rev pad 0 0.15 reverb 20 70 40
norm st_rev fx-stamp -3

# typewriter: six keystrokes and the carriage bell
i=0
for c in 2400 3100 2700 3400 2500 2900; do
  gen tw_n$i synth 0.028 whitenoise band "$c" 1400 fade l 0 0.028 0.027
  gen tw_b$i synth 0.035 sine "$(calc "$c / 12")" fade l 0.001 0.035 0.034
  mixv tw_k$i 0.6 "tw_n$i" 0.5 "tw_b$i"
  i=$((i + 1))
done
tw_parts=()
i=0
for t in 0 0.115 0.205 0.335 0.43 0.525; do
  at tw_k$i tw_kd$i "$t"
  tw_parts+=(1 "tw_kd$i")
  i=$((i + 1))
done
gen tw_bell1 synth 0.7 sine 2637 fade l 0.001 0.7 0.69
gen tw_bell2 synth 0.45 sine 7280 fade l 0.001 0.45 0.449
mixv tw_bell 0.6 tw_bell1 0.15 tw_bell2
at tw_bell tw_belld 0.72
mixv tw_mix "${tw_parts[@]}" 0.35 tw_belld
fx tw_mix tw_rev pad 0 0.1 reverb 15 60 30
norm tw_rev fx-typewriter -3

# objection: a short brass sting, "ba-DAM" on D minor
v_brass ob_grace 0.11 50+57+62+65
fx ob_grace ob_grace2 gain -4 pad 0 0.02
v_brass ob_main 0.62 50+57+62+65+69
fx ob_main ob_main2 fade h 0.01 0.62 0.4
catw ob_seq ob_grace2 ob_main2
fx ob_seq ob_rev pad 0 0.35 reverb 40 50 80 20
norm ob_rev fx-objection -3

# wrong: a low, dull thud with a short muted buzz (not a mocking buzzer)
gen wr_thud synth 0.3 sine 90:50 fade l 0.003 0.3 0.29
chord wr_buzz 0.38 square 37+44 lowpass 260 lowpass 260 fade h 0.03 0.38 0.22
mixv wr_mix 0.9 wr_thud 0.6 wr_buzz
fx wr_mix wr_rev pad 0 0.1 reverb 20 70 40
norm wr_rev fx-wrong -5   # dense low buzz: kept below the others

# hold-it: two short, higher brass stabs, "da-DA!" (a press: lighter than the objection)
v_brass hi_a 0.12 57+62+66
fx hi_a hi_a2 gain -3 pad 0 0.03
v_brass hi_b 0.34 59+64+67+71
fx hi_b hi_b2 fade h 0.005 0.34 0.2
catw hi_seq hi_a2 hi_b2
fx hi_seq hi_rev pad 0 0.25 reverb 30 50 70 15
norm hi_rev fx-hold-it -4

# crack: a credibility mark breaks, a dry snap and a short falling ring (with the thud of "wrong")
gen cr_snap synth 0.05 whitenoise highpass 1800 fade l 0 0.05 0.048
gen cr_ring synth 0.45 sine 1400:700 fade l 0.002 0.45 0.44
gen cr_low synth 0.25 sine 120:60 fade l 0.002 0.25 0.24
mixv cr_mix 0.9 cr_snap 0.25 cr_ring 0.6 cr_low
fx cr_mix cr_rev pad 0 0.15 reverb 25 60 40
norm cr_rev fx-crack -4

# door: a hinge creak, the latch and a heavy wooden close
gen dr_creak synth 0.45 square 31:22 bandpass 950 250 bandpass 1400 600 fade h 0.08 0.45 0.15
gen dr_latch synth 0.012 whitenoise highpass 2500 fade l 0 0.012 0.011
gen dr_body synth 0.35 sine 72:48 fade l 0.002 0.35 0.34
gen dr_thud synth 0.12 brownnoise lowpass 500 fade l 0.001 0.12 0.118
at dr_latch dr_latch_d 0.5
at dr_body dr_body_d 0.52
at dr_thud dr_thud_d 0.52
at dr_latch dr_latch2 0.6
mixv dr_mix 0.25 dr_creak 0.3 dr_latch_d 1 dr_body_d 0.8 dr_thud_d 0.2 dr_latch2
fx dr_mix dr_rev pad 0 0.3 reverb 40 60 70
norm dr_rev fx-door -3

# radio: a short burst of crackle and a tuning whistle
gen ra_hiss synth 0.9 pinknoise band 1800 1400 tremolo 7 55 fade h 0.05 0.9 0.2
gen ra_whistle synth 0.9 sine 2300:1100 fade h 0.2 0.9 0.3
gen ra_pop synth 0.005 whitenoise fade l 0 0.005 0.0049
events ra_pops ra_pop "0.06 0.17 0.21 0.38 0.52 0.55 0.71 0.83"
mixv ra_mix 0.8 ra_hiss 0.08 ra_whistle 0.6 ra_pops
fx ra_mix ra_band highpass 300 lowpass 3500 overdrive 6
norm ra_band fx-radio -3

# engine: a 1930s motor rumbling past
chord en_motor 1.6 sawtooth 38+57 lowpass 320 tremolo 13 45
gen en_noise synth 1.6 brownnoise lowpass 400
mixv en_mix 0.8 en_motor 0.5 en_noise
fx en_mix en_env fade h 0.45 1.6 0.7
norm en_env fx-engine -3

# text blips, ~40-60 ms, quieter than the effects because they repeat
chord bl_low 0.055 triangle 53+65 lowpass 2200 fade q 0.004 0.055 0.035
norm bl_low fx-blip-low -6
gen bl_mid synth 0.045 square 311 lowpass 1600 fade q 0.003 0.045 0.028
norm bl_mid fx-blip-mid -10   # a square wave: loud for its peak
chord bl_high 0.04 sine 76+88 fade q 0.002 0.04 0.028
norm bl_high fx-blip-high -6
gen bl_soft synth 0.06 sine 415 lowpass 1200 fade h 0.012 0.06 0.04
norm bl_soft fx-blip-soft -9

# select: a small UI click
gen se_tone synth 0.03 sine 1320 fade l 0.001 0.03 0.029
gen se_tick synth 0.006 whitenoise highpass 3000 fade l 0 0.006 0.0059
mixv se_mix 0.7 se_tone 0.3 se_tick
norm se_mix fx-select -6

# record: evidence slides in (a rising whoosh) and lands on the record
gen rc_a synth 0.42 pinknoise band 600 400 fade h 0.12 0.42 0.28
gen rc_b synth 0.3 pinknoise band 1500 900 fade h 0.12 0.3 0.16
gen rc_c synth 0.2 pinknoise band 3200 1800 fade h 0.1 0.2 0.09
at rc_b rc_bd 0.1
at rc_c rc_cd 0.2
gen rc_land synth 0.06 brownnoise lowpass 1500 fade l 0.001 0.06 0.059
at rc_land rc_landd 0.38
mixv rc_mix 0.6 rc_a 0.6 rc_bd 0.5 rc_cd 0.8 rc_landd
fx rc_mix rc_rev pad 0 0.1 reverb 15 60 30
norm rc_rev fx-record -3

# flash: breakthrough shimmer, a bright arpeggio ringing out
i=0
fl_parts=()
for m in 84 88 91 96 100; do
  gen fl_n$i synth 1.0 sine "$(hz "$m")" fade l 0.005 1.0 0.99 tremolo 9 30
  at fl_n$i fl_nd$i "$(calc "$i * 0.055")"
  fl_parts+=(0.4 "fl_nd$i")
  i=$((i + 1))
done
gen fl_air synth 0.6 pinknoise highpass 5000 fade h 0.3 0.6 0.3
mixv fl_mix "${fl_parts[@]}" 0.15 fl_air
fx fl_mix fl_rev pad 0 0.3 reverb 60 40 90 10
norm fl_rev fx-flash -6

# ----------------------------------------------------------------------------
# the sprite: sounds in a fixed order with 150 ms of silence before and after each.
# sfx.json durations are the real durations (soxi -D) plus 30 ms of the following
# silence, so an MP3 decoder's start delay (~25 ms of LAME padding) cannot cut a tail.
echo "make-sounds: sprite"
SPRITE=(gavel paper stamp typewriter objection wrong door radio engine select record flash
  hold-it crack blip-low blip-mid blip-high blip-soft)
GAP=0.15
TAIL_MS=30
silence gap "$GAP"
pieces=()
json="{"
pos=0
for name in "${SPRITE[@]}"; do
  d=$(soxi -D "$(W "fx-$name")")
  json+=$(awk -v n="$name" -v p="$pos" -v d="$d" -v t="$TAIL_MS" -v first="$([[ $json == "{" ]] && echo 1 || echo 0)" \
    'BEGIN{printf "%s\n  \"%s\": [%d, %d]", (first ? "" : ","), n, int(p*1000+0.5), int(d*1000+0.999)+t}')
  pieces+=("fx-$name" gap)
  pos=$(calc "$pos + $d + $GAP")
done
json+=$'\n}\n'
catw sfx "${pieces[@]}"
# sanity: the sprite is as long as the sum of its parts
total=$(soxi -D "$(W sfx)")
awk -v a="$total" -v b="$pos" 'BEGIN{ if (a-b > 0.002 || b-a > 0.002) { print "make-sounds: sprite length mismatch " a " vs " b > "/dev/stderr"; exit 1 } }'
printf '%s' "$json" >"$OUT/sfx.json"
encode sfx sfx 4 96

# ============================================================================
# ROOM TONES (10 s loops)
# ============================================================================
echo "make-sounds: room tones"
ROOM_LEN=10
ROOM_XF=1

# veksal: a quiet house, a wall clock ticking once a second
gen vk_bed synth 11 brownnoise lowpass 450 highpass 40
loopify vk_bed vk_bedl "$ROOM_LEN" "$ROOM_XF"
gen vk_tick synth 0.014 whitenoise band 3600 900 fade l 0 0.014 0.0139
gen vk_tock synth 0.016 whitenoise band 2600 700 fade l 0 0.016 0.0159
# ticks for two loops, reverberated, then the second loop kept: its start carries the
# reverb tail of the loop's end, so it wraps cleanly
events vk_ticks vk_tick "0.02 2.02 4.02 6.02 8.02 10.02 12.02 14.02 16.02 18.02"
events vk_tocks vk_tock "1.02 3.02 5.02 7.02 9.02 11.02 13.02 15.02 17.02 19.02"
mixv vk_tt 1 vk_ticks 0.8 vk_tocks
fx vk_tt vk_ttp pad 0 1.5
fx vk_ttp vk_ttrv reverb 30 60 30
fx vk_ttrv vk_ttr trim "$ROOM_LEN" "$ROOM_LEN"
mixv vk_mix 0.5 vk_bedl 0.12 vk_ttr
norm vk_mix room-veksal -22

# court: a large room, ventilation hush and a low murmur of the public benches
gen ct_hvac synth 11 pinknoise highpass 80 lowpass 1100
gen ct_rumble synth 11 brownnoise lowpass 160
gen ct_murmur synth 11 pinknoise bandpass 520 380 tremolo 3.3 55 tremolo 0.45 60 tremolo 4.9 35
mixv ct_mixr 0.35 ct_hvac 0.5 ct_rumble 0.5 ct_murmur
fx ct_mixr ct_rev reverb 70 60 100
loopify ct_rev ct_loop "$ROOM_LEN" "$ROOM_XF"
norm ct_loop room-court -24

# bluehouse: a warm room, and birds far away outside the window
gen bh_bed synth 11 brownnoise lowpass 350 highpass 40
loopify bh_bed bh_bedl "$ROOM_LEN" "$ROOM_XF"
gen bh_up synth 0.07 sine 2900:3700 fade h 0.01 0.07 0.04
gen bh_down synth 0.09 sine 4200:3300 fade h 0.01 0.09 0.05
gen bh_trill synth 0.18 sine 3300 tremolo 28 90 fade h 0.03 0.18 0.08
events bh_ups bh_up "1.2 1.33 1.46 4.8 4.95 12.1 12.25"
events bh_downs bh_down "7.1 7.32 8.95 14.8 15.01 17.3"
events bh_trills bh_trill "3.05 9.6 13.4"
mixv bh_birds 1 bh_ups 0.8 bh_downs 0.5 bh_trills
fx bh_birds bh_birdsp lowpass 4500 pad 0 3
fx bh_birdsp bh_birdsrv reverb 50 70 60
fx bh_birdsrv bh_birdsr trim "$ROOM_LEN" "$ROOM_LEN"
mixv bh_mix 0.5 bh_bedl 0.04 bh_birdsr
norm bh_mix room-bluehouse -24

for r in veksal court bluehouse; do encode "room-$r" "room-$r" 1 32 "$ROOM_RATE"; done

# ============================================================================
# MUSIC
# ============================================================================
echo "make-sounds: music"

# loop ONE_PASS_LEN IN OUT        IN holds the piece played twice and reverberated;
#                                 keep the second pass so the reverb wraps into the start
second_pass() { fx "$1" "$2" trim "$3" "$3"; }

# --- calm: D minor, 80 bpm, 8 bars (24 s). Organ pad, plucked bass, piano tune.
BEAT=0.75
C_PAD="50+53+57:4 50+53+58:4 50+55+58:4 49+52+57:4 50+53+57:4 48+53+57:4 50+55+58:4 49+52+57:4"
C_BASS="38:2 45:2 46:2 41:2 43:2 38:2 45:2 40:2 38:2 45:2 41:2 36:2 43:2 46:2 45:2 40:2"
C_TUNE="74:2 69:1 65:1 65:1 67:1 69:1 70:1 69:2 67:1 70:1 76:2 73:1 69:1
        74:2 77:1 76:1 72:2 69:1 72:1 70:2 69:1 67:1 64:1 69:1 73:2"
part mc_pad "$BEAT" v_organ "$C_PAD $C_PAD"
part mc_bass "$BEAT" v_bass "$C_BASS $C_BASS"
part mc_tune "$BEAT" v_piano "$C_TUNE $C_TUNE"
mixv mc_mix 0.5 mc_pad 0.45 mc_bass 0.55 mc_tune
fx mc_mix mc_rev reverb 45 50 80
second_pass mc_rev mc_loop 24
norm mc_loop music-calm -4
encode music-calm music-calm 2 56

# --- tense: A minor, 100 bpm, 8 bars (19.2 s). Low pulse in eighths, dark strings,
#     a clock tick on every beat, a sparse high piano line of minor seconds.
BEAT=0.6
T_PAD="45+48+52:4 45+48+52:4 46+50+53:4 46+50+53:4 50+53+57:4 52+56+59:4 45+48+52:4 52+56+59:4"
T_PULSE=""
for root in 33 33 34 34 38 40 33 40; do
  for k in 1 2 3 4; do T_PULSE+="$root:0.5 $((root + 12)):0.5 "; done
done
T_TICK=$(for k in $(seq 32); do printf 't:1 '; done)
T_TUNE="r:2 76:1 77:1 76:4 r:2 77:1 78:1 77:4 r:2 81:1 80:1 80:2 r:1 80:1 r:2 76:1 77:1 76:2 75:2"
part mt_pad "$BEAT" v_strings "$T_PAD $T_PAD"
part mt_pulse "$BEAT" v_pulse "$T_PULSE $T_PULSE"
part mt_tick "$BEAT" v_tick "$T_TICK $T_TICK"
part mt_tune "$BEAT" v_piano "$T_TUNE $T_TUNE"
mixv mt_mix 0.4 mt_pad 0.6 mt_pulse 0.06 mt_tick 0.4 mt_tune
fx mt_mix mt_rev reverb 35 50 70
second_pass mt_rev mt_loop 19.2
norm mt_loop music-tense -4
encode music-tense music-tense 2 56

# --- pressing: D minor, 132 bpm, 4 bars (about 7.3 s). Driving low eighths, stabbing strings,
#     a snare-like tick on the off-beats: the cross-examination after an objection.
BEAT=0.4545
P_PAD="50+53+57:2 50+53+57:2 46+50+53:2 46+50+53:2 48+52+55:2 48+52+55:2 45+49+52:2 45+49+52:2"
P_PULSE=""
for root in 38 38 34 34 36 36 33 33; do
  for k in 1 2; do P_PULSE+="$root:0.5 $((root + 12)):0.5 "; done
done
P_TICK=$(for k in $(seq 16); do printf 'r:0.5 t:0.5 '; done)
P_TUNE="74:1 r:0.5 74:0.5 77:1 76:1 74:1 r:0.5 70:0.5 69:2 72:1 r:0.5 72:0.5 76:1 74:1 73:2 r:2"
part mp_pad "$BEAT" v_strings "$P_PAD $P_PAD"
part mp_pulse "$BEAT" v_pulse "$P_PULSE $P_PULSE"
part mp_tick "$BEAT" v_tick "$P_TICK $P_TICK"
part mp_tune "$BEAT" v_brass "$P_TUNE $P_TUNE"
mixv mp_mix 0.45 mp_pad 0.65 mp_pulse 0.08 mp_tick 0.35 mp_tune
fx mp_mix mp_rev reverb 30 50 60
second_pass mp_rev mp_loop "$(calc "$BEAT * 16")"
norm mp_loop music-pressing -4
encode music-pressing music-pressing 2 56

# --- breakthrough: C major fanfare, 120 bpm, 4 bars and a held chord (about 9.8 s).
BEAT=0.5
B_BRASS="67:0.5 67:0.5 72:1 76:1 79:1 77:1 76:0.5 74:0.5 76:2 72:1 74:1 76:1 77:1 79:6"
B_PAD="48+52+55+60:4 53+57+60+65:2 55+59+62+67:2 57+60+64+69:2 55+59+62+65:2 48+52+55+60+64:6"
B_BASS="36:2 43:2 41:2 43:2 45:2 43:2 36:6"
part mb_brass "$BEAT" v_brass "$B_BRASS"
part mb_pad "$BEAT" v_organ "$B_PAD"
part mb_bass "$BEAT" v_bass "$B_BASS"
mixv mb_mix 0.5 mb_brass 0.45 mb_pad 0.45 mb_bass 0.35 fx-flash
fx mb_mix mb_tail pad 0 0.8
fx mb_tail mb_rev reverb 50 50 90 fade q 0 "$(soxi -D "$(W mb_tail)")" 2.6
norm mb_rev music-breakthrough -4
encode music-breakthrough music-breakthrough 2 56

# ----------------------------------------------------------------------------
echo "make-sounds: done"
ls -l "$OUT"
du -ch "$OUT"/* | tail -1
