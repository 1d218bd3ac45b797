#!/usr/bin/env bash
# The jq programs below are single-quoted on purpose: their $m0… are jq variables (--arg), not shell ones.
# shellcheck disable=SC2016
# CEN Connect — the setup plan as aliyun CLI calls (https://www.alibabacloud.com/help/doc-detail/65936.htm).
# The same calls, order, parameters and status waits as the console; generated, do not edit by hand.
# Scope: every call, so the script builds the whole thing from nothing.
#
# No credentials in this file. Configure one aliyun CLI profile per account first, e.g.:
#   aliyun configure --profile A   # Account A, UID 1262302482727553 — owns the CEN
#   aliyun configure --profile B   # Account B, UID 9263584710374521 — owns the network to attach
# or export PROFILE_A / PROFILE_B to use other profile names.

set -euo pipefail

command -v aliyun >/dev/null 2>&1 || {
  echo "This script needs the aliyun CLI (https://github.com/aliyun/aliyun-cli), configured with profiles for both accounts." >&2
  exit 1
}
command -v jq >/dev/null 2>&1 || {
  echo "This script needs jq to read the API's JSON answers: apt-get install jq, or brew install jq." >&2
  exit 1
}

# capture FIELD COMMAND…: runs one call and prints one field of its JSON answer; fails when the field is missing.
capture() {
  local field="$1" answer value
  shift
  answer="$("$@")"
  value="$(jq -r --arg f "$field" '.[$f] // empty' <<<"$answer")"
  if [[ -z "$value" ]]; then
    echo "No $field in the answer to: $*" >&2
    return 1
  fi
  printf '%s\n' "$value"
}

# wait_for LABEL WANTED TIMEOUT_S JQ_FILTER [NAME VALUE]… -- COMMAND…: polls COMMAND until JQ_FILTER (given
# the NAME VALUE pairs as jq --arg) prints one of the space-separated WANTED values ("gone" = no such item).
# Matches on resource IDs only: jq reads 16-digit UIDs as doubles (some exceed 2^53) and would compare them wrongly.
wait_for() {
  local label="$1" wanted="$2" timeout="$3" filter="$4" got deadline
  local jq_args=()
  shift 4
  while [[ "$1" != "--" ]]; do
    jq_args+=(--arg "$1" "$2")
    shift 2
  done
  shift
  deadline=$((SECONDS + timeout))
  while :; do
    got="$("$@" | jq -r "${jq_args[@]}" "$filter")"
    if [[ " $wanted " == *" $got "* ]]; then
      echo "  $label: $got" >&2
      return 0
    fi
    if ((SECONDS >= deadline)); then
      echo "Gave up after $timeout s waiting for $label to be $wanted (last seen: $got)." >&2
      return 1
    fi
    sleep "$WAIT_INTERVAL"
  done
}

PROFILE_A="${PROFILE_A:-A}"
PROFILE_B="${PROFILE_B:-B}"
# Every ClientToken below derives from RUN_ID: after a failure, run again with the same RUN_ID and the writes
# that already went through answer with what they made instead of making it twice (a ClientToken makes a write idempotent).
RUN_ID="${RUN_ID:-$(date +%s)}"
WAIT_INTERVAL="${WAIT_INTERVAL:-5}"
echo "RUN_ID=$RUN_ID" >&2

# UNKNOWN: the purchase period of bandwidth package cenbwp-4c2zaavbvh5fx8k2qm. This console did not buy it and
# DescribeCenBandwidthPackages does not list the period, so none is made up here.
# Choose it to buy a new one: PACKAGE_PRICING_CYCLE=Month with PACKAGE_PERIOD 1, 2, 3 or 6, or Year with 1-3.
PACKAGE_PRICING_CYCLE="${PACKAGE_PRICING_CYCLE:?Set PACKAGE_PRICING_CYCLE (Month or Year): the period of the adopted bandwidth package is unknown}"
PACKAGE_PERIOD="${PACKAGE_PERIOD:?Set PACKAGE_PERIOD (1, 2, 3 or 6 months; 1-3 years): the period of the adopted bandwidth package is unknown}"

# Step 1 · Account A · Cbn.CreateCen — Account A creates the CEN instance "DifferentAccountDifferentRegion"
CEN_ID="$(capture CenId aliyun cbn CreateCen --profile "$PROFILE_A" \
  --Name DifferentAccountDifferentRegion \
  --ClientToken "cen-connect-$RUN_ID-s1-create-cen")"
echo "CEN_ID=$CEN_ID" >&2
wait_for 'Cbn.DescribeCens for Account A creates the CEN instance "DifferentAccountDifferentRegion"' Active 300 \
  '[.Cens.Cen[]? | select(.CenId == $m0)] | first | .Status // "gone"' m0 "$CEN_ID" -- \
  aliyun cbn DescribeCens --profile "$PROFILE_A" \
  --Filter.1.Key CenId \
  --Filter.1.Value.1 "$CEN_ID"

# Step 1 · Account A · Cbn.AttachCenChildInstance — Account A attaches its VPC vpc-m5eqn7ag2f1qzb1ocgk8d (cn-qingdao) to cen-7qthudw0ll6jmc8y1z
aliyun cbn AttachCenChildInstance --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --ChildInstanceId vpc-m5eqn7ag2f1qzb1ocgk8d \
  --ChildInstanceType VPC \
  --ChildInstanceRegionId cn-qingdao
wait_for 'Cbn.DescribeCenAttachedChildInstances for Account A attaches its VPC vpc-m5eqn7ag2f1qzb1ocgk8d (cn-qingdao) to cen-7qthudw0ll6jmc8y1z' Attached 600 \
  '[.ChildInstances.ChildInstance[]? | select(.ChildInstanceId == $m0)] | first | .Status // "gone"' m0 vpc-m5eqn7ag2f1qzb1ocgk8d -- \
  aliyun cbn DescribeCenAttachedChildInstances --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --ChildInstanceRegionId cn-qingdao \
  --PageSize 50

# Step 2 · Account B · Vpc.GrantInstanceToCen — Account B authorizes cen-7qthudw0ll6jmc8y1z (owner A) to attach its VPC vpc-2zeh3nv8q0lc7m9f4x1ab (cn-beijing)
aliyun vpc GrantInstanceToCen --profile "$PROFILE_B" \
  --RegionId cn-beijing \
  --InstanceId vpc-2zeh3nv8q0lc7m9f4x1ab \
  --InstanceType VPC \
  --CenId "$CEN_ID" \
  --CenOwnerId 1262302482727553 \
  --ClientToken "cen-connect-$RUN_ID-s2-grant-vpc-2zeh3nv8q0lc7m9f4x1ab"

# Step 3 · Account A · Cbn.AttachCenChildInstance — Account A attaches Account B's VPC vpc-2zeh3nv8q0lc7m9f4x1ab (cn-beijing) to cen-7qthudw0ll6jmc8y1z
aliyun cbn AttachCenChildInstance --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --ChildInstanceId vpc-2zeh3nv8q0lc7m9f4x1ab \
  --ChildInstanceType VPC \
  --ChildInstanceRegionId cn-beijing \
  --ChildInstanceOwnerId 9263584710374521
wait_for 'Cbn.DescribeCenAttachedChildInstances for Account A attaches Account B'\''s VPC vpc-2zeh3nv8q0lc7m9f4x1ab (cn-beijing) to cen-7qthudw0ll6jmc8y1z' Attached 600 \
  '[.ChildInstances.ChildInstance[]? | select(.ChildInstanceId == $m0)] | first | .Status // "gone"' m0 vpc-2zeh3nv8q0lc7m9f4x1ab -- \
  aliyun cbn DescribeCenAttachedChildInstances --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --ChildInstanceRegionId cn-beijing \
  --PageSize 50

# Step 4 · Account A · Cbn.CreateCenBandwidthPackage — Account A buys the bandwidth package "MainlandBandwidthPackage" (8 Mbps, China↔China, purchase period unknown)
PACKAGE_ID="$(capture CenBandwidthPackageId aliyun cbn CreateCenBandwidthPackage --profile "$PROFILE_A" \
  --Bandwidth 8 \
  --GeographicRegionAId China \
  --GeographicRegionBId China \
  --BandwidthPackageChargeType PREPAY \
  --AutoPay true \
  --Name MainlandBandwidthPackage \
  --PricingCycle "$PACKAGE_PRICING_CYCLE" \
  --Period "$PACKAGE_PERIOD" \
  --ClientToken "cen-connect-$RUN_ID-s4-create-package")"
echo "PACKAGE_ID=$PACKAGE_ID" >&2
wait_for 'Cbn.DescribeCenBandwidthPackages for Account A buys the bandwidth package "MainlandBandwidthPackage" (8 Mbps, China↔China, purchase period unknown)' 'Idle InUse' 660 \
  '[.CenBandwidthPackages.CenBandwidthPackage[]? | select(.CenBandwidthPackageId == $m0)] | first | .Status // "gone"' m0 "$PACKAGE_ID" -- \
  aliyun cbn DescribeCenBandwidthPackages --profile "$PROFILE_A" \
  --Filter.1.Key CenBandwidthPackageId \
  --Filter.1.Value.1 "$PACKAGE_ID"

# Step 4 · Account A · Cbn.AssociateCenBandwidthPackage — Account A associates the bandwidth package with cen-7qthudw0ll6jmc8y1z
aliyun cbn AssociateCenBandwidthPackage --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --CenBandwidthPackageId "$PACKAGE_ID"
wait_for 'Cbn.DescribeCenBandwidthPackages for Account A associates the bandwidth package with cen-7qthudw0ll6jmc8y1z' InUse 300 \
  '[.CenBandwidthPackages.CenBandwidthPackage[]? | select(.CenBandwidthPackageId == $m0)] | first | .Status // "gone"' m0 "$PACKAGE_ID" -- \
  aliyun cbn DescribeCenBandwidthPackages --profile "$PROFILE_A" \
  --Filter.1.Key CenBandwidthPackageId \
  --Filter.1.Value.1 "$PACKAGE_ID"

# Step 5 · Account A · Cbn.SetCenInterRegionBandwidthLimit — Account A sets 5 Mbps between cn-qingdao and cn-beijing
aliyun cbn SetCenInterRegionBandwidthLimit --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --LocalRegionId cn-qingdao \
  --OppositeRegionId cn-beijing \
  --BandwidthLimit 5 \
  --BandwidthType BandwidthPackage
wait_for 'Cbn.DescribeCenInterRegionBandwidthLimits for Account A sets 5 Mbps between cn-qingdao and cn-beijing' Active 600 \
  '[.CenInterRegionBandwidthLimits.CenInterRegionBandwidthLimit[]? | select((.LocalRegionId == $m0 and .OppositeRegionId == $m1) or (.LocalRegionId == $m2 and .OppositeRegionId == $m3))] | first | .Status // "gone"' m0 cn-qingdao m1 cn-beijing m2 cn-beijing m3 cn-qingdao -- \
  aliyun cbn DescribeCenInterRegionBandwidthLimits --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --PageSize 50

# NOTE: The tutorial uses Basic Edition CEN calls (AttachCenChildInstance, SetCenInterRegionBandwidthLimit); new CEN instances in the real cloud use Enterprise Edition transit routers; Alibaba documents these two calls for Basic Edition transit routers (https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-setceninterregionbandwidthlimit).
echo 'Note: The tutorial uses Basic Edition CEN calls (AttachCenChildInstance, SetCenInterRegionBandwidthLimit); new CEN instances in the real cloud use Enterprise Edition transit routers; Alibaba documents these two calls for Basic Edition transit routers (https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-setceninterregionbandwidthlimit).' >&2

# NOTE: Bandwidth package cenbwp-4c2zaavbvh5fx8k2qm was not bought by this console: DescribeCenBandwidthPackages lists its charge type (PREPAY) and expiry (2026-12-26T16:00Z) but not the period it was bought for, so the exports leave the period unknown instead of guessing one.
echo 'Note: Bandwidth package cenbwp-4c2zaavbvh5fx8k2qm was not bought by this console: DescribeCenBandwidthPackages lists its charge type (PREPAY) and expiry (2026-12-26T16:00Z) but not the period it was bought for, so the exports leave the period unknown instead of guessing one.' >&2

echo Done. >&2
