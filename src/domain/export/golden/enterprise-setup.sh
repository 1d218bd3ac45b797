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

# Step 1 · Account A · Cbn.CheckTransitRouterService — Account A checks whether its transit-router service is on
TR_SERVICE_A="$(aliyun cbn CheckTransitRouterService --profile "$PROFILE_A" | jq -r '.Enabled')"
echo "TR_SERVICE_A=$TR_SERVICE_A" >&2

# Step 1 · Account A · Cbn.OpenTransitRouterService — Account A turns its transit-router service on (free; cannot be undone)
if [[ "${TR_SERVICE_A:-false}" != true ]]; then
  aliyun cbn OpenTransitRouterService --profile "$PROFILE_A" \
    --ClientToken "cen-connect-$RUN_ID-s1-open-service-A"
fi

# Step 1 · Account B · Cbn.CheckTransitRouterService — Account B checks whether its transit-router service is on
TR_SERVICE_B="$(aliyun cbn CheckTransitRouterService --profile "$PROFILE_B" | jq -r '.Enabled')"
echo "TR_SERVICE_B=$TR_SERVICE_B" >&2

# Step 1 · Account B · Cbn.OpenTransitRouterService — Account B turns its transit-router service on (free; cannot be undone)
if [[ "${TR_SERVICE_B:-false}" != true ]]; then
  aliyun cbn OpenTransitRouterService --profile "$PROFILE_B" \
    --ClientToken "cen-connect-$RUN_ID-s1-open-service-B"
fi

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

# Step 1 · Account A · Cbn.CreateTransitRouter — Account A creates the transit router of the new CEN in cn-qingdao
TR_ID_A="$(capture TransitRouterId aliyun cbn CreateTransitRouter --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --RegionId cn-qingdao \
  --ClientToken "cen-connect-$RUN_ID-s1-create-router-A")"
echo "TR_ID_A=$TR_ID_A" >&2
wait_for 'Cbn.ListTransitRouters for Account A creates the transit router of the new CEN in cn-qingdao' Active 300 \
  '[.TransitRouters[]? | select(.TransitRouterId == $m0)] | first | .Status // "gone"' m0 "$TR_ID_A" -- \
  aliyun cbn ListTransitRouters --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --RegionId cn-qingdao \
  --PageSize 50

# Step 1 · Account A · Cbn.ListTransitRouterRouteTables — Account A finds the System route table of the transit router in cn-qingdao
TR_TABLE_ID_A="$(aliyun cbn ListTransitRouterRouteTables --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_A" \
  --TransitRouterRouteTableType System | jq -r '.TransitRouterRouteTables[0].TransitRouterRouteTableId // empty')"
[[ -n "$TR_TABLE_ID_A" ]] || { echo "No TransitRouterRouteTables.0.TransitRouterRouteTableId in the answer of Cbn.ListTransitRouterRouteTables" >&2; exit 1; }
echo "TR_TABLE_ID_A=$TR_TABLE_ID_A" >&2

# Step 1 · Account A · Cbn.CreateTransitRouter — Account A creates the transit router of the new CEN in cn-beijing
TR_ID_B="$(capture TransitRouterId aliyun cbn CreateTransitRouter --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --RegionId cn-beijing \
  --ClientToken "cen-connect-$RUN_ID-s1-create-router-B")"
echo "TR_ID_B=$TR_ID_B" >&2
wait_for 'Cbn.ListTransitRouters for Account A creates the transit router of the new CEN in cn-beijing' Active 300 \
  '[.TransitRouters[]? | select(.TransitRouterId == $m0)] | first | .Status // "gone"' m0 "$TR_ID_B" -- \
  aliyun cbn ListTransitRouters --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --RegionId cn-beijing \
  --PageSize 50

# Step 1 · Account A · Cbn.ListTransitRouterRouteTables — Account A finds the System route table of the transit router in cn-beijing
TR_TABLE_ID_B="$(aliyun cbn ListTransitRouterRouteTables --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_B" \
  --TransitRouterRouteTableType System | jq -r '.TransitRouterRouteTables[0].TransitRouterRouteTableId // empty')"
[[ -n "$TR_TABLE_ID_B" ]] || { echo "No TransitRouterRouteTables.0.TransitRouterRouteTableId in the answer of Cbn.ListTransitRouterRouteTables" >&2; exit 1; }
echo "TR_TABLE_ID_B=$TR_TABLE_ID_B" >&2

# Step 2 · Account B · Cbn.GrantInstanceToTransitRouter — Account B authorizes the new CEN (owner A) to attach its VPC vpc-2zeh3nv8q0lc7m9f4x1ab (cn-beijing), PayByCenOwner
aliyun cbn GrantInstanceToTransitRouter --profile "$PROFILE_B" \
  --CenId "$CEN_ID" \
  --CenOwnerId 1262302482727553 \
  --InstanceId vpc-2zeh3nv8q0lc7m9f4x1ab \
  --InstanceType VPC \
  --RegionId cn-beijing \
  --OrderType PayByCenOwner

# Step 3 · Account A · Cbn.CreateTransitRouterVpcAttachment — Account A attaches its VPC vpc-m5eqn7ag2f1qzb1ocgk8d to the transit router in cn-qingdao (cn-qingdao-b, cn-qingdao-c)
VPC_ATTACHMENT_ID_A="$(capture TransitRouterAttachmentId aliyun cbn CreateTransitRouterVpcAttachment --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_A" \
  --RegionId cn-qingdao \
  --VpcId vpc-m5eqn7ag2f1qzb1ocgk8d \
  --ZoneMappings.1.ZoneId cn-qingdao-b \
  --ZoneMappings.1.VSwitchId vsw-m5e1x9k2a7p0q3r8s4t6u \
  --ZoneMappings.2.ZoneId cn-qingdao-c \
  --ZoneMappings.2.VSwitchId vsw-m5e2y8j3b6o1p4q7r5s9v \
  --ClientToken "cen-connect-$RUN_ID-s3-attach-vpc-A")"
echo "VPC_ATTACHMENT_ID_A=$VPC_ATTACHMENT_ID_A" >&2
wait_for 'Cbn.ListTransitRouterVpcAttachments for Account A attaches its VPC vpc-m5eqn7ag2f1qzb1ocgk8d to the transit router in cn-qingdao (cn-qingdao-b, cn-qingdao-c)' Attached 2520 \
  '[.TransitRouterAttachments[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$VPC_ATTACHMENT_ID_A" -- \
  aliyun cbn ListTransitRouterVpcAttachments --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_A"

# Step 3 · Account A · Cbn.AssociateTransitRouterAttachmentWithRouteTable — Account A associates the attachment of VPC vpc-m5eqn7ag2f1qzb1ocgk8d with the System route table of the router in cn-qingdao
aliyun cbn AssociateTransitRouterAttachmentWithRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --ClientToken "cen-connect-$RUN_ID-s3-associate-vpc-A-A"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A associates the attachment of VPC vpc-m5eqn7ag2f1qzb1ocgk8d with the System route table of the router in cn-qingdao' Active 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$VPC_ATTACHMENT_ID_A" -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_A"

# Step 3 · Account A · Cbn.EnableTransitRouterRouteTablePropagation — Account A propagates the routes of the attachment of VPC vpc-m5eqn7ag2f1qzb1ocgk8d to the System route table of the router in cn-qingdao
aliyun cbn EnableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --ClientToken "cen-connect-$RUN_ID-s3-propagate-vpc-A-A"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A propagates the routes of the attachment of VPC vpc-m5eqn7ag2f1qzb1ocgk8d to the System route table of the router in cn-qingdao' Active 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$VPC_ATTACHMENT_ID_A" -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_A"

# Step 3 · Account A · Cbn.CreateTransitRouterVpcAttachment — Account A attaches Account B's VPC vpc-2zeh3nv8q0lc7m9f4x1ab to the transit router in cn-beijing (cn-beijing-h, cn-beijing-i)
VPC_ATTACHMENT_ID_B="$(capture TransitRouterAttachmentId aliyun cbn CreateTransitRouterVpcAttachment --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_B" \
  --RegionId cn-beijing \
  --VpcId vpc-2zeh3nv8q0lc7m9f4x1ab \
  --VpcOwnerId 9263584710374521 \
  --ZoneMappings.1.ZoneId cn-beijing-h \
  --ZoneMappings.1.VSwitchId vsw-2ze3c7n1d5m9l2k6j0h4g \
  --ZoneMappings.2.ZoneId cn-beijing-i \
  --ZoneMappings.2.VSwitchId vsw-2ze4d8m2e6n0k3j7i1g5f \
  --ClientToken "cen-connect-$RUN_ID-s3-attach-vpc-B")"
echo "VPC_ATTACHMENT_ID_B=$VPC_ATTACHMENT_ID_B" >&2
wait_for 'Cbn.ListTransitRouterVpcAttachments for Account A attaches Account B'\''s VPC vpc-2zeh3nv8q0lc7m9f4x1ab to the transit router in cn-beijing (cn-beijing-h, cn-beijing-i)' Attached 2520 \
  '[.TransitRouterAttachments[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$VPC_ATTACHMENT_ID_B" -- \
  aliyun cbn ListTransitRouterVpcAttachments --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_B" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_B"

# Step 3 · Account A · Cbn.AssociateTransitRouterAttachmentWithRouteTable — Account A associates the attachment of VPC vpc-2zeh3nv8q0lc7m9f4x1ab with the System route table of the router in cn-beijing
aliyun cbn AssociateTransitRouterAttachmentWithRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_B" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --ClientToken "cen-connect-$RUN_ID-s3-associate-vpc-B-B"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A associates the attachment of VPC vpc-2zeh3nv8q0lc7m9f4x1ab with the System route table of the router in cn-beijing' Active 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$VPC_ATTACHMENT_ID_B" -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_B"

# Step 3 · Account A · Cbn.EnableTransitRouterRouteTablePropagation — Account A propagates the routes of the attachment of VPC vpc-2zeh3nv8q0lc7m9f4x1ab to the System route table of the router in cn-beijing
aliyun cbn EnableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_B" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --ClientToken "cen-connect-$RUN_ID-s3-propagate-vpc-B-B"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A propagates the routes of the attachment of VPC vpc-2zeh3nv8q0lc7m9f4x1ab to the System route table of the router in cn-beijing' Active 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$VPC_ATTACHMENT_ID_B" -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --TransitRouterAttachmentId "$VPC_ATTACHMENT_ID_B"

# Step 5 · Account A · Cbn.CreateTransitRouterPeerAttachment — Account A connects the routers in cn-qingdao and cn-beijing (5 Mbps, pay by data transfer)
PEER_ATTACHMENT_ID="$(capture TransitRouterAttachmentId aliyun cbn CreateTransitRouterPeerAttachment --profile "$PROFILE_A" \
  --CenId "$CEN_ID" \
  --TransitRouterId "$TR_ID_A" \
  --RegionId cn-qingdao \
  --PeerTransitRouterId "$TR_ID_B" \
  --PeerTransitRouterRegionId cn-beijing \
  --BandwidthType DataTransfer \
  --Bandwidth 5 \
  --ClientToken "cen-connect-$RUN_ID-s5-create-peer")"
echo "PEER_ATTACHMENT_ID=$PEER_ATTACHMENT_ID" >&2
wait_for 'Cbn.ListTransitRouterPeerAttachments for Account A connects the routers in cn-qingdao and cn-beijing (5 Mbps, pay by data transfer)' Attached 300 \
  '[.TransitRouterAttachments[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$PEER_ATTACHMENT_ID" -- \
  aliyun cbn ListTransitRouterPeerAttachments --profile "$PROFILE_A" \
  --TransitRouterId "$TR_ID_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID"

# Step 5 · Account A · Cbn.AssociateTransitRouterAttachmentWithRouteTable — Account A associates the peer attachment with the System route table of the router in cn-qingdao
aliyun cbn AssociateTransitRouterAttachmentWithRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --ClientToken "cen-connect-$RUN_ID-s5-associate-peer-A"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A associates the peer attachment with the System route table of the router in cn-qingdao' Active 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$PEER_ATTACHMENT_ID" -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID"

# Step 5 · Account A · Cbn.EnableTransitRouterRouteTablePropagation — Account A propagates the routes of the peer attachment to the System route table of the router in cn-qingdao
aliyun cbn EnableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --ClientToken "cen-connect-$RUN_ID-s5-propagate-peer-A"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A propagates the routes of the peer attachment to the System route table of the router in cn-qingdao' Active 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$PEER_ATTACHMENT_ID" -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID"

# Step 5 · Account A · Cbn.AssociateTransitRouterAttachmentWithRouteTable — Account A associates the peer attachment with the System route table of the router in cn-beijing
aliyun cbn AssociateTransitRouterAttachmentWithRouteTable --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --ClientToken "cen-connect-$RUN_ID-s5-associate-peer-B"
wait_for 'Cbn.ListTransitRouterRouteTableAssociations for Account A associates the peer attachment with the System route table of the router in cn-beijing' Active 300 \
  '[.TransitRouterAssociations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$PEER_ATTACHMENT_ID" -- \
  aliyun cbn ListTransitRouterRouteTableAssociations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID"

# Step 5 · Account A · Cbn.EnableTransitRouterRouteTablePropagation — Account A propagates the routes of the peer attachment to the System route table of the router in cn-beijing
aliyun cbn EnableTransitRouterRouteTablePropagation --profile "$PROFILE_A" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --ClientToken "cen-connect-$RUN_ID-s5-propagate-peer-B"
wait_for 'Cbn.ListTransitRouterRouteTablePropagations for Account A propagates the routes of the peer attachment to the System route table of the router in cn-beijing' Active 300 \
  '[.TransitRouterPropagations[]? | select(.TransitRouterAttachmentId == $m0)] | first | .Status // "gone"' m0 "$PEER_ATTACHMENT_ID" -- \
  aliyun cbn ListTransitRouterRouteTablePropagations --profile "$PROFILE_A" \
  --TransitRouterRouteTableId "$TR_TABLE_ID_B" \
  --TransitRouterAttachmentId "$PEER_ATTACHMENT_ID"

# Step 5 · Account A · Vpc.CreateRouteEntry — Account A routes 10.0.0.0/16 in VPC vpc-m5eqn7ag2f1qzb1ocgk8d to its transit-router attachment
aliyun vpc CreateRouteEntry --profile "$PROFILE_A" \
  --RegionId cn-qingdao \
  --RouteTableId vtb-m5eroute0table0a0000 \
  --DestinationCidrBlock 10.0.0.0/16 \
  --NextHopType Attachment \
  --NextHopId "$VPC_ATTACHMENT_ID_A" \
  --ClientToken "cen-connect-$RUN_ID-s5-route-A"
wait_for 'Vpc.DescribeRouteEntryList for Account A routes 10.0.0.0/16 in VPC vpc-m5eqn7ag2f1qzb1ocgk8d to its transit-router attachment' Available 300 \
  '[.RouteEntrys.RouteEntry[]? | select(.DestinationCidrBlock == $m0)] | first | .Status // "gone"' m0 10.0.0.0/16 -- \
  aliyun vpc DescribeRouteEntryList --profile "$PROFILE_A" \
  --RegionId cn-qingdao \
  --RouteTableId vtb-m5eroute0table0a0000 \
  --DestinationCidrBlock 10.0.0.0/16

# Step 5 · Account B · Vpc.CreateRouteEntry — Account B routes 172.16.0.0/16 in VPC vpc-2zeh3nv8q0lc7m9f4x1ab to its transit-router attachment
aliyun vpc CreateRouteEntry --profile "$PROFILE_B" \
  --RegionId cn-beijing \
  --RouteTableId vtb-2zeroute0table0b0000 \
  --DestinationCidrBlock 172.16.0.0/16 \
  --NextHopType Attachment \
  --NextHopId "$VPC_ATTACHMENT_ID_B" \
  --ClientToken "cen-connect-$RUN_ID-s5-route-B"
wait_for 'Vpc.DescribeRouteEntryList for Account B routes 172.16.0.0/16 in VPC vpc-2zeh3nv8q0lc7m9f4x1ab to its transit-router attachment' Available 300 \
  '[.RouteEntrys.RouteEntry[]? | select(.DestinationCidrBlock == $m0)] | first | .Status // "gone"' m0 172.16.0.0/16 -- \
  aliyun vpc DescribeRouteEntryList --profile "$PROFILE_B" \
  --RegionId cn-beijing \
  --RouteTableId vtb-2zeroute0table0b0000 \
  --DestinationCidrBlock 172.16.0.0/16

# NOTE: Opening the transit-router service in Account A is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).
echo 'Note: Opening the transit-router service in Account A is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).' >&2

# NOTE: Opening the transit-router service in Account B is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).
echo 'Note: Opening the transit-router service in Account B is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).' >&2

echo Done. >&2
