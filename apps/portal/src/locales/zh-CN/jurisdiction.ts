export const jurisdiction = {
  offices: '地区性知识产权组织',
  countries: '国家和地区',
  placeholder: '选择或输入名称',
};
