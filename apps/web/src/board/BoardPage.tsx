export default function BoardPage(_: { workshopId: string }) {
  return null
}
