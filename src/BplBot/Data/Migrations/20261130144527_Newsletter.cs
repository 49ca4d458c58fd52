using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BplBot.Data.Migrations
{
    /// <inheritdoc />
    public partial class Newsletter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NewsletterDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TeamsInNetwork = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamsReported = table.Column<int>(type: "INTEGER", nullable: false),
                    Median = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    PreviousMedian = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: true),
                    ShareAtLeast3 = table.Column<double>(type: "REAL", nullable: true),
                    ShareAtLeast4 = table.Column<double>(type: "REAL", nullable: true),
                    Docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Html = table.Column<string>(type: "TEXT", maxLength: 16000000, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 16000000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsletterDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsletterDrafts_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NewsletterDrafts_MeetingId_Version",
                table: "NewsletterDrafts",
                columns: new[] { "MeetingId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NewsletterDrafts");
        }
    }
}
