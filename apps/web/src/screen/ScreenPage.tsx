export default function ScreenPage(_: { workshopId: string }) {
  return null
}
