#!/usr/bin/env bash
# The jq programs below are single-quoted on purpose: their $m0… are jq variables (--arg), not shell ones.
# shellcheck disable=SC2016
# CEN Connect — the teardown plan as aliyun CLI calls (https://www.alibabacloud.com/help/doc-detail/65936.htm).
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

CEN_ID=cen-7qthudw0ll6jmc8y1z   # made by the console

# Step 1 · Account A · Vpc.DeleteRouteEntry — Account A deletes the route to 10.0.0.0/16 in vtb-m5eroute0table0a0000
aliyun vpc DeleteRouteEntry --profile "$PROFILE_A" \
  --RegionId cn-qingdao \
  --RouteTableId vtb-m5eroute0table0a0000 \
  --DestinationCidrBlock 10.0.0.0/16
wait_for 'Vpc.DescribeRouteEntryList for Account A deletes the route to 10.0.0.0/16 in vtb-m5eroute0table0a0000' gone 300 \
  '[.RouteEntrys.RouteEntry[]? | select(.DestinationCidrBlock == $m0)] | first | .Status // "gone"' m0 10.0.0.0/16 -- \
  aliyun vpc DescribeRouteEntryList --profile "$PROFILE_A" \
  --RegionId cn-qingdao \
  --RouteTableId vtb-m5eroute0table0a0000 \
  --DestinationCidrBlock 10.0.0.0/16

# Step 1 · Account B · Vpc.DeleteRouteEntry — Account B deletes the route to 172.16.0.0/16 in vtb-2zeroute0table0b0000
aliyun vpc DeleteRouteEntry --profile "$PROFILE_B" \
  --RegionId cn-beijing \
  --RouteTableId vtb-2zeroute0table0b0000 \
  --DestinationCidrBlock 172.16.0.0/16
wait_for 'Vpc.DescribeRouteEntryList for Account B deletes the route to 172.16.0.0/16 in vtb-2zeroute0table0b0000' gone 300 \
  '[.RouteEntrys.RouteEntry[]? | select(.DestinationCidrBlock == $m0)] | first | .Status // "gone"' m0 172.16.0.0/16 -- \
  aliyun vpc DescribeRouteEntryList --profile "$PROFILE_B" \
  --RegionId cn-beijing \
  --RouteTableId vtb-2zeroute0table0b0000 \
  --DestinationCidrBlock 172.16.0.0/16

# Step 2 · Account A · Cbn.DissociateTransitRouterAttachmentFromRouteTable — Account A dissociates tr-attach-a1b2c3d4e5f6g7h8 from route table vtb-m5etrsystem0table00a
aliyun cbn DissociateTransitRouterAttachmentFromRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-a1b2c3d4e5f6g7h8 \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --ClientToken "cen-connect-$RUN_ID-s2-dissociate-tr-attach-a1b2c3d4e5f6g7h8"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A dissociates tr-attach-a1b2c3d4e5f6g7h8 from route table vtb-m5etrsystem0table00a' gone 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-a1b2c3d4e5f6g7h8 -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --TransitRouterAttachmentId tr-attach-a1b2c3d4e5f6g7h8

# Step 2 · Account A · Cbn.DisableTransitRouterRouteTablePropagation — Account A stops propagating tr-attach-a1b2c3d4e5f6g7h8 to route table vtb-m5etrsystem0table00a
aliyun cbn DisableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-a1b2c3d4e5f6g7h8 \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --ClientToken "cen-connect-$RUN_ID-s2-disable-tr-attach-a1b2c3d4e5f6g7h8-vt"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A stops propagating tr-attach-a1b2c3d4e5f6g7h8 to route table vtb-m5etrsystem0table00a' gone 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-a1b2c3d4e5f6g7h8 -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --TransitRouterAttachmentId tr-attach-a1b2c3d4e5f6g7h8

# Step 2 · Account A · Cbn.DissociateTransitRouterAttachmentFromRouteTable — Account A dissociates tr-attach-b2c3d4e5f6g7h8i9 from route table vtb-2zetrsystem0table00b
aliyun cbn DissociateTransitRouterAttachmentFromRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-b2c3d4e5f6g7h8i9 \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --ClientToken "cen-connect-$RUN_ID-s2-dissociate-tr-attach-b2c3d4e5f6g7h8i9"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A dissociates tr-attach-b2c3d4e5f6g7h8i9 from route table vtb-2zetrsystem0table00b' gone 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-b2c3d4e5f6g7h8i9 -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --TransitRouterAttachmentId tr-attach-b2c3d4e5f6g7h8i9

# Step 2 · Account A · Cbn.DisableTransitRouterRouteTablePropagation — Account A stops propagating tr-attach-b2c3d4e5f6g7h8i9 to route table vtb-2zetrsystem0table00b
aliyun cbn DisableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-b2c3d4e5f6g7h8i9 \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --ClientToken "cen-connect-$RUN_ID-s2-disable-tr-attach-b2c3d4e5f6g7h8i9-vt"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A stops propagating tr-attach-b2c3d4e5f6g7h8i9 to route table vtb-2zetrsystem0table00b' gone 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-b2c3d4e5f6g7h8i9 -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --TransitRouterAttachmentId tr-attach-b2c3d4e5f6g7h8i9

# Step 2 · Account A · Cbn.DissociateTransitRouterAttachmentFromRouteTable — Account A dissociates tr-attach-p1e2e3r4a5t6t7a8 from route table vtb-m5etrsystem0table00a
aliyun cbn DissociateTransitRouterAttachmentFromRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8 \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --ClientToken "cen-connect-$RUN_ID-s2-dissociate-tr-attach-p1e2e3r4a5t6t7a8"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A dissociates tr-attach-p1e2e3r4a5t6t7a8 from route table vtb-m5etrsystem0table00a' gone 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-p1e2e3r4a5t6t7a8 -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8

# Step 2 · Account A · Cbn.DisableTransitRouterRouteTablePropagation — Account A stops propagating tr-attach-p1e2e3r4a5t6t7a8 to route table vtb-m5etrsystem0table00a
aliyun cbn DisableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8 \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --ClientToken "cen-connect-$RUN_ID-s2-disable-tr-attach-p1e2e3r4a5t6t7a8-vt"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A stops propagating tr-attach-p1e2e3r4a5t6t7a8 to route table vtb-m5etrsystem0table00a' gone 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-p1e2e3r4a5t6t7a8 -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-m5etrsystem0table00a \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8

# Step 2 · Account A · Cbn.DissociateTransitRouterAttachmentFromRouteTable — Account A dissociates tr-attach-p1e2e3r4a5t6t7a8 from route table vtb-2zetrsystem0table00b
aliyun cbn DissociateTransitRouterAttachmentFromRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8 \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --ClientToken "cen-connect-$RUN_ID-s2-dissociate-tr-attach-p1e2e3r4a5t6t7a8"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A dissociates tr-attach-p1e2e3r4a5t6t7a8 from route table vtb-2zetrsystem0table00b' gone 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-p1e2e3r4a5t6t7a8 -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8

# Step 2 · Account A · Cbn.DisableTransitRouterRouteTablePropagation — Account A stops propagating tr-attach-p1e2e3r4a5t6t7a8 to route table vtb-2zetrsystem0table00b
aliyun cbn DisableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8 \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --ClientToken "cen-connect-$RUN_ID-s2-disable-tr-attach-p1e2e3r4a5t6t7a8-vt"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A stops propagating tr-attach-p1e2e3r4a5t6t7a8 to route table vtb-2zetrsystem0table00b' gone 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-p1e2e3r4a5t6t7a8 -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId vtb-2zetrsystem0table00b \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8

# Step 3 · Account A · Cbn.DeleteTransitRouterVpcAttachment — Account A deletes the attachment of VPC vpc-m5eqn7ag2f1qzb1ocgk8d tr-attach-a1b2c3d4e5f6g7h8
aliyun cbn DeleteTransitRouterVpcAttachment --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-a1b2c3d4e5f6g7h8 \
  --ClientToken "cen-connect-$RUN_ID-s3-delete-attachment-tr-attach-a1b2c3d4e"
wait_for 'Cbn.ListTransitRouterVpcAttachments for Account A deletes the attachment of VPC vpc-m5eqn7ag2f1qzb1ocgk8d tr-attach-a1b2c3d4e5f6g7h8' gone 2520 \
  '[.TransitRouterAttachments[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-a1b2c3d4e5f6g7h8 -- \
  aliyun cbn ListTransitRouterVpcAttachments --profile "$PROFILE_A" \
  --TransitRouterId tr-m5eh0a1b2c3d4e5f6g7h8i \
  --TransitRouterAttachmentId tr-attach-a1b2c3d4e5f6g7h8

# Step 3 · Account A · Cbn.DeleteTransitRouterVpcAttachment — Account A deletes the attachment of VPC vpc-2zeh3nv8q0lc7m9f4x1ab tr-attach-b2c3d4e5f6g7h8i9
aliyun cbn DeleteTransitRouterVpcAttachment --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-b2c3d4e5f6g7h8i9 \
  --ClientToken "cen-connect-$RUN_ID-s3-delete-attachment-tr-attach-b2c3d4e5f"
wait_for 'Cbn.ListTransitRouterVpcAttachments for Account A deletes the attachment of VPC vpc-2zeh3nv8q0lc7m9f4x1ab tr-attach-b2c3d4e5f6g7h8i9' gone 2520 \
  '[.TransitRouterAttachments[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-b2c3d4e5f6g7h8i9 -- \
  aliyun cbn ListTransitRouterVpcAttachments --profile "$PROFILE_A" \
  --TransitRouterId tr-2zei9j8k7l6m5n4o3p2q1r \
  --TransitRouterAttachmentId tr-attach-b2c3d4e5f6g7h8i9

# Step 3 · Account A · Cbn.DeleteTransitRouterPeerAttachment — Account A deletes the peer attachment tr-attach-p1e2e3r4a5t6t7a8
aliyun cbn DeleteTransitRouterPeerAttachment --profile "$PROFILE_A" \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8 \
  --ClientToken "cen-connect-$RUN_ID-s3-delete-attachment-tr-attach-p1e2e3r4a"
wait_for 'Cbn.ListTransitRouterPeerAttachments for Account A deletes the peer attachment tr-attach-p1e2e3r4a5t6t7a8' gone 300 \
  '[.TransitRouterAttachments[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 tr-attach-p1e2e3r4a5t6t7a8 -- \
  aliyun cbn ListTransitRouterPeerAttachments --profile "$PROFILE_A" \
  --TransitRouterId tr-m5eh0a1b2c3d4e5f6g7h8i \
  --TransitRouterAttachmentId tr-attach-p1e2e3r4a5t6t7a8

# Step 4 · Account A · Cbn.DeleteTransitRouter — Account A deletes the transit router tr-m5eh0a1b2c3d4e5f6g7h8i (cn-qingdao)
aliyun cbn DeleteTransitRouter --profile "$PROFILE_A" \
  --TransitRouterId tr-m5eh0a1b2c3d4e5f6g7h8i \
  --ClientToken "cen-connect-$RUN_ID-s4-delete-router-tr-m5eh0a1b2c3d4e5f6g7h"
wait_for 'Cbn.ListTransitRouters for Account A deletes the transit router tr-m5eh0a1b2c3d4e5f6g7h8i (cn-qingdao)' gone 300 \
  '[.TransitRouters[]? | select(.TransitRouterId == $m0)] | first | .Status // "gone"' m0 tr-m5eh0a1b2c3d4e5f6g7h8i -- \
  aliyun cbn ListTransitRouters --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --RegionId cn-qingdao \
  --PageSize 50

# Step 4 · Account A · Cbn.DeleteTransitRouter — Account A deletes the transit router tr-2zei9j8k7l6m5n4o3p2q1r (cn-beijing)
aliyun cbn DeleteTransitRouter --profile "$PROFILE_A" \
  --TransitRouterId tr-2zei9j8k7l6m5n4o3p2q1r \
  --ClientToken "cen-connect-$RUN_ID-s4-delete-router-tr-2zei9j8k7l6m5n4o3p2q"
wait_for 'Cbn.ListTransitRouters for Account A deletes the transit router tr-2zei9j8k7l6m5n4o3p2q1r (cn-beijing)' gone 300 \
  '[.TransitRouters[]? | select(.TransitRouterId == $m0)] | first | .Status // "gone"' m0 tr-2zei9j8k7l6m5n4o3p2q1r -- \
  aliyun cbn ListTransitRouters --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --RegionId cn-beijing \
  --PageSize 50

# Step 4 · Account B · Cbn.RevokeInstanceFromTransitRouter — Account B revokes the grant of its VPC vpc-2zeh3nv8q0lc7m9f4x1ab (cn-beijing) to cen-7qthudw0ll6jmc8y1z
aliyun cbn RevokeInstanceFromTransitRouter --profile "$PROFILE_B" \
  --CenId cen-7qthudw0ll6jmc8y1z \
  --CenOwnerId 1262302482727553 \
  --InstanceId vpc-2zeh3nv8q0lc7m9f4x1ab \
  --InstanceType VPC \
  --RegionId cn-beijing

# Step 6 · Account A · Cbn.DeleteCen — Account A deletes the CEN instance cen-7qthudw0ll6jmc8y1z
aliyun cbn DeleteCen --profile "$PROFILE_A" \
  --CenId "$CEN_ID"
wait_for 'Cbn.DescribeCens for Account A deletes the CEN instance cen-7qthudw0ll6jmc8y1z' gone 300 \
  '[.Cens.Cen[]? | select(.CenId == $m0)] | first | .Status // "gone"' m0 "$CEN_ID" -- \
  aliyun cbn DescribeCens --profile "$PROFILE_A" \
  --Filter.1.Key CenId \
  --Filter.1.Value.1 "$CEN_ID"

echo Done. >&2
