# CEN Connect — the setup plan as Terraform (https://www.alibabacloud.com/help/doc-detail/65936.htm; generated, edit freely).
# Resources and arguments: aliyun/terraform-provider-alicloud website/docs/r/cen_*.html.markdown.

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.98.0"
    }
  }
}

# No credentials here: each provider reads the aliyun CLI profile of the same name from ~/.aliyun/config.json,
# or ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (provider docs, website/docs/index.html.markdown).
# CBN is a central API (cbn.aliyuncs.com), so provider a’s region only matters for A’s own resources.

provider "alicloud" {
  alias   = "a"
  region  = "cn-qingdao"
  profile = "A"
}

# Account B (UID 9263584710374521). The grant is made in the provider's region (the resource sends
# RegionId = the client region, resource_alicloud_cen_instance_grant.go), so this is the network’s region.
provider "alicloud" {
  alias   = "b"
  region  = "cn-beijing"
  profile = "B"
}

# Step 1, Account A (docs/r/cen_instance: cen_instance_name replaces the deprecated name).
resource "alicloud_cen_instance" "cen" {
  provider          = alicloud.a
  cen_instance_name = "DifferentAccountDifferentRegion"
}

# Step 1, Account A (docs/r/cen_instance_attachment).
resource "alicloud_cen_instance_attachment" "a_cn_qingdao" {
  provider                 = alicloud.a
  instance_id              = alicloud_cen_instance.cen.id
  child_instance_id        = "vpc-m5eqn7ag2f1qzb1ocgk8d"
  child_instance_type      = "VPC"
  child_instance_region_id = "cn-qingdao"
}

# Step 2, Account B (docs/r/cen_instance_grant; deprecated since provider 1.241.0 in favour of transit-router
# grants, but it is the Basic Edition call the tutorial uses). cen_owner_id is a string: UIDs pass 2^53.
resource "alicloud_cen_instance_grant" "b_cn_beijing" {
  provider          = alicloud.b
  cen_id            = alicloud_cen_instance.cen.id
  child_instance_id = "vpc-2zeh3nv8q0lc7m9f4x1ab"
  cen_owner_id      = "1262302482727553"
}

# Step 3, Account A (docs/r/cen_instance_attachment). Needs B’s grant first, else 409 Forbbiden.AttachChildInstanceAcrossUid.
resource "alicloud_cen_instance_attachment" "b_cn_beijing" {
  provider                 = alicloud.a
  instance_id              = alicloud_cen_instance.cen.id
  child_instance_id        = alicloud_cen_instance_grant.b_cn_beijing.child_instance_id
  child_instance_type      = "VPC"
  child_instance_region_id = "cn-beijing"
  child_instance_owner_id  = "9263584710374521"

  depends_on = [alicloud_cen_instance_grant.b_cn_beijing]
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

# Step 5, Account A (docs/r/cen_bandwidth_limit: it "depends on the related
# alicloud_cen_bandwidth_package_attachment resource and alicloud_cen_instance_attachment resource").
resource "alicloud_cen_bandwidth_limit" "cn_beijing_cn_qingdao" {
  provider        = alicloud.a
  instance_id     = alicloud_cen_bandwidth_package_attachment.package.instance_id
  region_ids      = ["cn-qingdao", "cn-beijing"]
  bandwidth_limit = 5

  depends_on = [alicloud_cen_bandwidth_package_attachment.package, alicloud_cen_instance_attachment.a_cn_qingdao, alicloud_cen_instance_attachment.b_cn_beijing]
}

output "cen_id" {
  value = alicloud_cen_instance.cen.id
}

# Already made by the console: import them before `terraform apply`, so Terraform adopts them instead of
# making them again (import ID formats: the "Import" section of each resource doc).
#   terraform import alicloud_cen_instance.cen cen-7qthudw0ll6jmc8y1z
#   terraform import alicloud_cen_instance_attachment.a_cn_qingdao cen-7qthudw0ll6jmc8y1z:vpc-m5eqn7ag2f1qzb1ocgk8d:VPC:cn-qingdao
#   terraform import alicloud_cen_instance_grant.b_cn_beijing cen-7qthudw0ll6jmc8y1z:vpc-2zeh3nv8q0lc7m9f4x1ab:1262302482727553
#   terraform import alicloud_cen_instance_attachment.b_cn_beijing cen-7qthudw0ll6jmc8y1z:vpc-2zeh3nv8q0lc7m9f4x1ab:VPC:cn-beijing
#   terraform import alicloud_cen_bandwidth_package.package cenbwp-4c2zaavbvh5fx8k2qm
#   terraform import alicloud_cen_bandwidth_package_attachment.package cenbwp-4c2zaavbvh5fx8k2qm
#   terraform import alicloud_cen_bandwidth_limit.cn_beijing_cn_qingdao cen-7qthudw0ll6jmc8y1z:cn-beijing:cn-qingdao
