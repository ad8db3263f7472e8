from typing import Optional

from sqlalchemy import BINARY, CHAR, Index, LargeBinary, String, Text, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER, LONGBLOB, LONGTEXT, MEDIUMBLOB, MEDIUMTEXT, TINYBLOB, TINYTEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Documents(Base):
    __tablename__ = 'documents'
    __table_args__ = (
        Index('documents_slug', 'slug', unique=True),
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(CHAR(4), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, server_default=text("''"))
    slug: Mapped[str] = mapped_column(VARCHAR(80, charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    flag: Mapped[Optional[str]] = mapped_column(CHAR(1))
    legacy: Mapped[Optional[str]] = mapped_column(VARCHAR(50, charset='latin1', collation='latin1_swedish_ci'))
    ascii_code: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='ascii', collation='ascii_general_ci'))
    t_tiny: Mapped[Optional[str]] = mapped_column(TINYTEXT)
    t_text: Mapped[Optional[str]] = mapped_column(Text)
    t_medium: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT)
    t_long: Mapped[Optional[str]] = mapped_column(LONGTEXT)
    t_sized: Mapped[Optional[str]] = mapped_column(Text)
    hash: Mapped[Optional[bytes]] = mapped_column(BINARY(32))
    token: Mapped[Optional[bytes]] = mapped_column(VARBINARY(64))
    b_tiny: Mapped[Optional[bytes]] = mapped_column(TINYBLOB)
    b_blob: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    b_medium: Mapped[Optional[bytes]] = mapped_column(MEDIUMBLOB)
    b_long: Mapped[Optional[bytes]] = mapped_column(LONGBLOB)
    national_name: Mapped[Optional[str]] = mapped_column(VARCHAR(20, charset='utf8mb3', collation='utf8mb3_general_ci'))
