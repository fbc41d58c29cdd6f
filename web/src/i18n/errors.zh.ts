/**
 * What the UI says for each error code the API answers with (`{ error: { code, message } }`), in
 * place of the server's English message; api/error-message.ts picks them. Spread into zh.ts;
 * errors.en.ts has the same keys.
 */
export const errorsZh = {
  'error.unauthenticated': '请先登录（登录已过期，或已在别处退出）。',
  'error.bad_credentials': '用户名或密码不正确。',
  'error.forbidden': '你的账号没有权限做这件事。',
  'error.not_your_grid': '这个网格不归你的单位负责。',
  'error.too_many_attempts': '尝试次数太多，请 {seconds} 秒后再试。',
  'error.too_many_attempts.later': '尝试次数太多，请稍后再试。',
  'error.too_large': '文件或数据太大，超过了服务器的上限。',
  'error.not_an_image': '只能上传 JPEG、PNG 或 WebP 格式的照片。',
  'error.no_photo_store': '服务器没有配置照片存储，暂时不能上传照片。',
  'error.outside_county': '这个位置不在本县任何社区内（经纬度是否填反了？）。',
  'error.busy': '正在导出别的地图，请一分钟后再试。',
  'error.unavailable': '服务器暂时不能完成这项操作，请联系管理员。',
  'error.render_failed': '地图没能生成，请重试。',
  'error.internal': '服务器出错了，请稍后再试。',
  'error.network': '连不上服务器，请检查网络后重试。',
  'error.units_dropped': '没有保存：撤销的网格上有 {count} 个单位将不再负责任何网格（{grids}），请把它们交给本次保存的网格，或确认放弃。',
  'error.coverage_worse': '保存后缺口、重叠或越界的面积会比现在更大。',
  'error.coverage_worse.details':
    '保存后将有 {gapCount} 处缺口（{gapArea}）、{overlapCount} 处重叠（{overlapArea}）、{outsideCount} 处越界（{outsideArea}）；保存前问题面积共 {beforeArea}。',
  'error.bad_geometry': '网格 {grid} 的边界无效（自相交、未闭合、坐标不全或超出范围），请修改后再保存。',
  'error.too_many_vertices': '网格 {grid} 有 {vertices} 个顶点，一个网格最多 {max} 个：请简化边界或拆分网格。',
  'error.too_many_vertices.save': '这次保存共有 {vertices} 个顶点（{grids} 个网格），一次最多 {max} 个：请分几次保存。',
  'error.too_dense': '网格 {grid} 的边界线挤得太密，核查覆盖会非常慢：请简化边界。',
  'error.bad_url': '机器人地址必须以 http:// 或 https:// 开头。',
  'error.client_id_reused': '这条离线记录的编号已用于另一项操作，请重新提交。',
  'error.unknown_unit': '所选单位不存在，请刷新后重选。',
  'error.not_outstanding': '这些单位本周没有待报的周报（已报送，或本周不负责网格）：{units}。',
  'error.bulletin_issued': '通报已发布（这一周已截止归档），意见不能再修改。',
  'error.week_closed': '这一周已截止归档，不再接收周报，也无需催报。',
  'error.week_not_started': '这一周在系统启用之前，没有需要报送的周报。',
  'error.week_exempt': '这一周是免报周，不需要报送周报。',
  'error.weak_password': '这个密码不符合要求，请换一个。',
  'error.weak_password.too_short': '密码至少要 {min} 个字符。',
  'error.weak_password.too_long': '密码最多 {max} 个字符。',
  'error.weak_password.like_username': '密码不能是用户名，也不能只在用户名上加几个字符。',
  'error.weak_password.common': '这是很多人都会先想到的密码，请换一个。',
  'error.username_taken': '用户名 {username} 已被占用，请换一个。',
  'error.own_account': '不能停用自己的账号，也不能取消自己的管理员角色。',
  'error.wrong_password': '当前密码不正确。',
  'error.same_password': '新密码不能和当前密码相同。',
  'error.password_change_required': '请先修改密码，再继续使用。',
} as const satisfies Record<string, string>;

export type ErrorMessageKey = keyof typeof errorsZh;
