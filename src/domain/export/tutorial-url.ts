// Alibaba Cloud's public page of the tutorial the exports follow (docs/reference/tutorial.md): their header names it,
// so a reader of an exported file can find the steps without this repository.
export const TUTORIAL_URL = 'https://www.alibabacloud.com/help/doc-detail/65936.htm';
