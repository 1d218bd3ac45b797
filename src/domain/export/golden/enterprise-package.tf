# CEN Connect — the Enterprise-Edition setup plan as Terraform (https://www.alibabacloud.com/help/doc-detail/65936.htm, on transit routers; generated, edit freely).
# Resources and arguments: aliyun/terraform-provider-alicloud website/docs/r/cen_transit_router*.html.markdown.

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.231.0"
    }
  }
}

# No credentials here: each provider reads the aliyun CLI profile of the same name from ~/.aliyun/config.json,
# or ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (provider docs, website/docs/index.html.markdown).
# The router, attachment and grant resources act in their provider’s region (they send RegionId = the
# provider region), so Account A has a provider in each region it builds a router in.

provider "alicloud" {
  alias   = "a"
  region  = "cn-qingdao"
  profile = "A"
}

provider "alicloud" {
  alias   = "a_cn_beijing"
  region  = "cn-beijing"
  profile = "A"
}

# Account B (UID 9263584710374521): it grants its VPC and routes it, in the VPC's region.
provider "alicloud" {
  alias   = "b"
  region  = "cn-beijing"
  profile = "B"
}

# Step 1, Account A (docs/d/cen_transit_router_service): opens the transit-router service at `terraform plan`,
# free and for good (it cannot be closed once opened); when it is on already, it only reads that.
data "alicloud_cen_transit_router_service" "a" {
  provider = alicloud.a
  enable   = "On"
}

# Step 1, Account B (docs/d/cen_transit_router_service): opens the transit-router service at `terraform plan`,
# free and for good (it cannot be closed once opened); when it is on already, it only reads that.
data "alicloud_cen_transit_router_service" "b" {
  provider = alicloud.b
  enable   = "On"
}

# Step 1, Account A (docs/r/cen_instance: cen_instance_name replaces the deprecated name).
resource "alicloud_cen_instance" "cen" {
  provider          = alicloud.a
  cen_instance_name = "DifferentAccountDifferentRegion"
}

# Step 1, Account A: the transit router of cn-qingdao (docs/r/cen_transit_router), one per region per CEN.
resource "alicloud_cen_transit_router" "cn_qingdao" {
  provider = alicloud.a
  cen_id   = alicloud_cen_instance.cen.id

  depends_on = [data.alicloud_cen_transit_router_service.a]
}

# Step 1: the System route table the router of cn-qingdao comes with (docs/d/cen_transit_router_route_tables).
data "alicloud_cen_transit_router_route_tables" "cn_qingdao" {
  provider                        = alicloud.a
  transit_router_id               = alicloud_cen_transit_router.cn_qingdao.transit_router_id
  transit_router_route_table_type = "System"
}

# Step 1, Account A: the transit router of cn-beijing (docs/r/cen_transit_router), one per region per CEN.
resource "alicloud_cen_transit_router" "cn_beijing" {
  provider = alicloud.a_cn_beijing
  cen_id   = alicloud_cen_instance.cen.id

  depends_on = [data.alicloud_cen_transit_router_service.a]
}

# Step 1: the System route table the router of cn-beijing comes with (docs/d/cen_transit_router_route_tables).
data "alicloud_cen_transit_router_route_tables" "cn_beijing" {
  provider                        = alicloud.a_cn_beijing
  transit_router_id               = alicloud_cen_transit_router.cn_beijing.transit_router_id
  transit_router_route_table_type = "System"
}

# Step 2, Account B (docs/r/cen_transit_router_grant_attachment, since provider 1.187.0): lets A’s CEN attach
# B's VPC; order_type says who pays for the attachment. cen_owner_id is a string: UIDs pass 2^53.
resource "alicloud_cen_transit_router_grant_attachment" "b_cn_beijing" {
  provider      = alicloud.b
  cen_id        = alicloud_cen_instance.cen.id
  cen_owner_id  = "1262302482727553"
  instance_type = "VPC"
  instance_id   = "vpc-2zeh3nv8q0lc7m9f4x1ab"
  order_type    = "PayByCenOwner"
}

# Step 3, Account A attaches its VPC (docs/r/cen_transit_router_vpc_attachment), one vSwitch per zone.
resource "alicloud_cen_transit_router_vpc_attachment" "a_cn_qingdao" {
  provider          = alicloud.a
  cen_id            = alicloud_cen_instance.cen.id
  transit_router_id = alicloud_cen_transit_router.cn_qingdao.transit_router_id
  vpc_id            = "vpc-m5eqn7ag2f1qzb1ocgk8d"
  zone_mappings {
    zone_id    = "cn-qingdao-b"
    vswitch_id = "vsw-m5e1x9k2a7p0q3r8s4t6u"
  }
  zone_mappings {
    zone_id    = "cn-qingdao-c"
    vswitch_id = "vsw-m5e2y8j3b6o1p4q7r5s9v"
  }
}

# Step 3, Account A (docs/r/cen_transit_router_route_table_association): associates the VPC attachment with the System table of cn-qingdao.
resource "alicloud_cen_transit_router_route_table_association" "a_cn_qingdao" {
  provider                      = alicloud.a
  transit_router_attachment_id  = alicloud_cen_transit_router_vpc_attachment.a_cn_qingdao.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_qingdao.tables[0].transit_router_route_table_id
}

# Step 3, Account A (docs/r/cen_transit_router_route_table_propagation): propagates the VPC attachment to the System table of cn-qingdao.
resource "alicloud_cen_transit_router_route_table_propagation" "a_cn_qingdao" {
  provider                      = alicloud.a
  transit_router_attachment_id  = alicloud_cen_transit_router_vpc_attachment.a_cn_qingdao.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_qingdao.tables[0].transit_router_route_table_id
}

# Step 3, Account A attaches Account B’s VPC (docs/r/cen_transit_router_vpc_attachment), one vSwitch per zone.
# vpc_owner_id is quoted: Terraform converts it to the number exactly, a JSON reader would not.
resource "alicloud_cen_transit_router_vpc_attachment" "b_cn_beijing" {
  provider          = alicloud.a_cn_beijing
  cen_id            = alicloud_cen_instance.cen.id
  transit_router_id = alicloud_cen_transit_router.cn_beijing.transit_router_id
  vpc_id            = "vpc-2zeh3nv8q0lc7m9f4x1ab"
  vpc_owner_id      = "9263584710374521"
  zone_mappings {
    zone_id    = "cn-beijing-h"
    vswitch_id = "vsw-2ze3c7n1d5m9l2k6j0h4g"
  }
  zone_mappings {
    zone_id    = "cn-beijing-i"
    vswitch_id = "vsw-2ze4d8m2e6n0k3j7i1g5f"
  }

  depends_on = [alicloud_cen_transit_router_grant_attachment.b_cn_beijing, data.alicloud_cen_transit_router_service.b]
}

# Step 3, Account A (docs/r/cen_transit_router_route_table_association): associates the VPC attachment with the System table of cn-beijing.
resource "alicloud_cen_transit_router_route_table_association" "b_cn_beijing" {
  provider                      = alicloud.a_cn_beijing
  transit_router_attachment_id  = alicloud_cen_transit_router_vpc_attachment.b_cn_beijing.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_beijing.tables[0].transit_router_route_table_id
}

# Step 3, Account A (docs/r/cen_transit_router_route_table_propagation): propagates the VPC attachment to the System table of cn-beijing.
resource "alicloud_cen_transit_router_route_table_propagation" "b_cn_beijing" {
  provider                      = alicloud.a_cn_beijing
  transit_router_attachment_id  = alicloud_cen_transit_router_vpc_attachment.b_cn_beijing.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_beijing.tables[0].transit_router_route_table_id
}

# Step 4, Account A (docs/r/cen_bandwidth_package). PrePaid: "Terraform cannot destroy it" — `terraform destroy`
# only drops it from the state; it is billed until it expires.
resource "alicloud_cen_bandwidth_package" "package" {
  provider                   = alicloud.a
  bandwidth                  = 8
  geographic_region_a_id     = "China"
  geographic_region_b_id     = "China"
  cen_bandwidth_package_name = "MainlandBandwidthPackage"
  payment_type               = "PrePaid"
  period                     = 1
}

# Step 4, Account A (docs/r/cen_bandwidth_package_attachment).
resource "alicloud_cen_bandwidth_package_attachment" "package" {
  provider             = alicloud.a
  instance_id          = alicloud_cen_instance.cen.id
  bandwidth_package_id = alicloud_cen_bandwidth_package.package.id
}

# Step 5, Account A connects the two routers (docs/r/cen_transit_router_peer_attachment; bandwidth_type since 1.157.0).
# Paid out of the bandwidth plan of step 4: `bandwidth` is this connection’s share of it.
resource "alicloud_cen_transit_router_peer_attachment" "peer" {
  provider                      = alicloud.a
  cen_id                        = alicloud_cen_instance.cen.id
  transit_router_id             = alicloud_cen_transit_router.cn_qingdao.transit_router_id
  peer_transit_router_id        = alicloud_cen_transit_router.cn_beijing.transit_router_id
  peer_transit_router_region_id = "cn-beijing"
  bandwidth_type                = "BandwidthPackage"
  bandwidth                     = 5
  cen_bandwidth_package_id      = alicloud_cen_bandwidth_package_attachment.package.bandwidth_package_id
}

# Step 5, Account A (docs/r/cen_transit_router_route_table_association): associates the peer attachment with the System table of cn-qingdao.
resource "alicloud_cen_transit_router_route_table_association" "peer_cn_qingdao" {
  provider                      = alicloud.a
  transit_router_attachment_id  = alicloud_cen_transit_router_peer_attachment.peer.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_qingdao.tables[0].transit_router_route_table_id
}

# Step 5, Account A (docs/r/cen_transit_router_route_table_propagation): propagates the peer attachment to the System table of cn-qingdao.
resource "alicloud_cen_transit_router_route_table_propagation" "peer_cn_qingdao" {
  provider                      = alicloud.a
  transit_router_attachment_id  = alicloud_cen_transit_router_peer_attachment.peer.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_qingdao.tables[0].transit_router_route_table_id
}

# Step 5, Account A (docs/r/cen_transit_router_route_table_association): associates the peer attachment with the System table of cn-beijing.
resource "alicloud_cen_transit_router_route_table_association" "peer_cn_beijing" {
  provider                      = alicloud.a_cn_beijing
  transit_router_attachment_id  = alicloud_cen_transit_router_peer_attachment.peer.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_beijing.tables[0].transit_router_route_table_id
}

# Step 5, Account A (docs/r/cen_transit_router_route_table_propagation): propagates the peer attachment to the System table of cn-beijing.
resource "alicloud_cen_transit_router_route_table_propagation" "peer_cn_beijing" {
  provider                      = alicloud.a_cn_beijing
  transit_router_attachment_id  = alicloud_cen_transit_router_peer_attachment.peer.transit_router_attachment_id
  transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.cn_beijing.tables[0].transit_router_route_table_id
}

# Step 5, Account A (docs/r/route_entry, nexthop_type "Attachment": a transit router): the other VPC's CIDR
# goes to this VPC's own attachment.
resource "alicloud_route_entry" "a_cn_qingdao" {
  provider              = alicloud.a
  route_table_id        = "vtb-m5eroute0table0a0000"
  destination_cidrblock = "10.0.0.0/16"
  nexthop_type          = "Attachment"
  nexthop_id            = alicloud_cen_transit_router_vpc_attachment.a_cn_qingdao.transit_router_attachment_id
}

# Step 5, Account B (docs/r/route_entry, nexthop_type "Attachment": a transit router): the other VPC's CIDR
# goes to this VPC's own attachment.
resource "alicloud_route_entry" "b_cn_beijing" {
  provider              = alicloud.b
  route_table_id        = "vtb-2zeroute0table0b0000"
  destination_cidrblock = "172.16.0.0/16"
  nexthop_type          = "Attachment"
  nexthop_id            = alicloud_cen_transit_router_vpc_attachment.b_cn_beijing.transit_router_attachment_id
}

output "cen_id" {
  value = alicloud_cen_instance.cen.id
}

# NOTE: Opening the transit-router service in Account A is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).
# NOTE: Opening the transit-router service in Account B is free but cannot be undone (docs: https://www.alibabacloud.com/help/en/cen/developer-reference/api-cbn-2017-09-12-opentransitrouterservice).
