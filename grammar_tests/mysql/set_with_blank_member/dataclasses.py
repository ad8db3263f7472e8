from typing import Optional

from sqlalchemy import text
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Flags(Base):
    __tablename__ = 'flags'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    b: Mapped[str] = mapped_column(SET('x', 'y'), nullable=False)
    a: Mapped[Optional[str]] = mapped_column(SET('', 'x', 'y'), server_default=text("''"))
